namespace WelfareAtlas.Import.Mapping;

/// <summary>A free breakdown dimension: its name and where its categories come from.</summary>
public sealed record BreakdownSpec
{
    /// <summary>The dimension's name: lower-case a-z, 0-9 and '-' (<c>topic</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The column or constant giving the category; a mapped text <c>total</c> means no breakdown.</summary>
    public FieldSpec Field { get; init; } = new();
}
