using System.Diagnostics.CodeAnalysis;

namespace WelfareAtlas.Areas;

/// <summary>
/// The code of an area: a 3-digit municipality code (<c>091</c>), a 5-digit postal code with its leading
/// zeros (<c>00100</c>), or Helsinki's 10-character <c>kokotunnus</c> (<c>0915503392</c>).
/// </summary>
/// <remarks>
/// The three forms have different lengths, so a code names one area whatever its type. A kokotunnus is
/// <c>091</c> + major district (1 digit) + district (3 digits, the first being the major district) +
/// sub-district (3 digits); a major district ends in <c>000000</c> and a district in <c>000</c>.
/// </remarks>
public readonly record struct AreaCode
{
    private AreaCode(string value) => Value = value;

    /// <summary>The code as written in the sources: digits only, leading zeros kept.</summary>
    public string Value { get; }

    /// <summary>Reads a code, or says why it is not one.</summary>
    /// <param name="text">The code; surrounding space is ignored.</param>
    /// <param name="code">The code when the result is <see langword="true"/>.</param>
    /// <param name="error">Why <paramref name="text"/> is not a code, when the result is <see langword="false"/>.</param>
    public static bool TryParse(string? text, out AreaCode code, [NotNullWhen(false)] out string? error)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        code = default;
        if (trimmed.Length == 0)
        {
            error = "An area code is empty.";
            return false;
        }

        if (!trimmed.All(char.IsAsciiDigit))
        {
            error = $"Area code '{trimmed}' has characters other than digits 0-9.";
            return false;
        }

        if (trimmed.Length is not (3 or 5 or 10))
        {
            error = $"Area code '{trimmed}' has {trimmed.Length} digits; a code has 3 (municipality), 5 (postal code) or 10 (kokotunnus).";
            return false;
        }

        code = new AreaCode(trimmed);
        error = null;
        return true;
    }

    /// <summary>Reads a code known to be valid (from our own data); throws <see cref="FormatException"/> otherwise.</summary>
    public static AreaCode Parse(string text) =>
        TryParse(text, out AreaCode code, out string? error) ? code : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
