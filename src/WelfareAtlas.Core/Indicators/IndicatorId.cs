using System.Diagnostics.CodeAnalysis;

namespace WelfareAtlas.Indicators;

/// <summary>
/// The stable identifier of an indicator: lower-case ASCII letters, digits and hyphens, 2–64 characters,
/// starting with a letter (<c>unemployment-rate</c>, <c>child-welfare-notifications</c>).
/// </summary>
/// <remarks>It appears in URLs, file names and mapping specs, so it never changes once published.</remarks>
public readonly record struct IndicatorId
{
    private IndicatorId(string value) => Value = value;

    /// <summary>The identifier as written.</summary>
    public string Value { get; }

    /// <summary>Reads an identifier, or says why it is not one.</summary>
    public static bool TryParse(string? text, out IndicatorId id, [NotNullWhen(false)] out string? error)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        id = default;
        if (trimmed.Length is < 2 or > 64)
        {
            error = $"Indicator id '{trimmed}' must have 2 to 64 characters.";
            return false;
        }

        if (!char.IsAsciiLetterLower(trimmed[0]) || !trimmed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            error = $"Indicator id '{trimmed}' may hold only a-z, 0-9 and '-', starting with a letter.";
            return false;
        }

        id = new IndicatorId(trimmed);
        error = null;
        return true;
    }

    /// <summary>Reads an identifier known to be valid (from our own catalogue); throws <see cref="FormatException"/> otherwise.</summary>
    public static IndicatorId Parse(string text) =>
        TryParse(text, out IndicatorId id, out string? error) ? id : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
