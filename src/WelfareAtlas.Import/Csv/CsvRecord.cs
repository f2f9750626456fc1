namespace WelfareAtlas.Import.Csv;

/// <summary>One record as the tokenizer read it.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Fields">The unquoted field texts.</param>
/// <param name="IsBroken">Whether the record could not be read as it stands (unclosed quote, field too long); the problem is already reported.</param>
internal sealed record CsvRecord(int Line, List<string> Fields, bool IsBroken)
{
    /// <summary>A line with nothing on it (one empty, unquoted field).</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}
