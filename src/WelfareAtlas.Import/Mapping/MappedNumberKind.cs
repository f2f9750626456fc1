namespace WelfareAtlas.Import.Mapping;

/// <summary>What the text of a number cell holds.</summary>
public enum MappedNumberKind
{
    /// <summary>A number in the file's decimal separator.</summary>
    Number,

    /// <summary>A declared suppression marker: the observation is stored as suppressed.</summary>
    Suppressed,

    /// <summary>Empty, a declared missing marker or a dot code or dash: no number.</summary>
    Missing,

    /// <summary>None of these (<c>CELL_NOT_NUMBER</c>), or a number too large to read (<c>NUMBER_TOO_LARGE</c>).</summary>
    Bad,
}
