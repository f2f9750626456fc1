namespace WelfareAtlas.Web.Importing;

/// <summary>One file to import with its mapping spec.</summary>
/// <param name="FilePath">Where the file is on disk.</param>
/// <param name="FileName">The name to record and report (an upload's original name); without directory.</param>
/// <param name="Mapping">The mapping spec's JSON bytes.</param>
/// <param name="MappingName">The spec's file name, for its problems.</param>
/// <param name="ImportedBy">Who imports (user name, or <c>api</c>).</param>
/// <param name="AllowPartial">Import the valid rows and keep the rejected ones with the reason, instead of rejecting the batch.</param>
/// <param name="DryRun">Check everything, write nothing.</param>
/// <param name="PublishAt">When the batch's data become public, UTC; <see langword="null"/>: once committed. Before it only analysts and above see them.</param>
public sealed record ImportRequest(string FilePath, string FileName, byte[] Mapping, string MappingName, string ImportedBy, bool AllowPartial, bool DryRun, DateTime? PublishAt = null);
