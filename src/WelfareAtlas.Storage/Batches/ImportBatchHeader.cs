namespace WelfareAtlas.Storage.Batches;

/// <summary>What is known about a batch before its rows are read: where it came from and who brings it.</summary>
/// <param name="Source">
/// The source's stable name from the mapping spec (<c>paavo-population</c>); a newer batch of the same source
/// supersedes the rows with the same key that an older batch of it brought.
/// </param>
/// <param name="FileName">The file's name without directory.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes as lower-case hex; the same content again is not imported twice.</param>
/// <param name="MappingHash">SHA-256 of the mapping spec's bytes as lower-case hex.</param>
/// <param name="ImportedBy">Who imports: a user name, or <c>api</c> for the upload endpoint.</param>
/// <param name="PublishAt">
/// When the batch's data become public, UTC; before it only analysts and above see them (embargo).
/// <see langword="null"/>: public once committed.
/// </param>
public sealed record ImportBatchHeader(string Source, string FileName, string ContentHash, string MappingHash, string ImportedBy, DateTime? PublishAt = null);
