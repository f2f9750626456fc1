namespace WelfareAtlas.Web.Importing;

/// <summary>How far an import has come: what <see cref="BatchImporter.ImportAsync"/> reports while it works.</summary>
/// <param name="Stage">What it is doing; the stages come in the order of <see cref="ImportStage"/>, each at most once.</param>
/// <param name="RowsRead">Data rows read so far in this reading of the file; in the later stages, all the rows read.</param>
/// <param name="Lines">The file's lines when it is a CSV file (line feeds, and one more for a last line without one), the length of a progress bar; <see langword="null"/> for the other formats.</param>
public readonly record struct ImportProgress(ImportStage Stage, long RowsRead, long? Lines);
