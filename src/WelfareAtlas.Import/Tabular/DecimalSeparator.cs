namespace WelfareAtlas.Import.Tabular;

/// <summary>How a text file writes the decimal point of its numbers.</summary>
public enum DecimalSeparator
{
    /// <summary><c>12.5</c>: invariant culture, English locales, PX, JSON.</summary>
    Point,

    /// <summary><c>12,5</c>: Finnish and Swedish locales; group separators are spaces.</summary>
    Comma,
}
