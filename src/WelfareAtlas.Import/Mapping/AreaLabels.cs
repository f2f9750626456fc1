namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// Reads an area code out of the labels sources use: <c>00100  Helsinki keskusta - Etu-Töölö (Helsinki)</c> gives
/// <c>00100</c>, <c>KU091</c> and <c>91</c> give <c>091</c> for a municipality, <c>101</c> gives district
/// <c>0911101000</c>.
/// </summary>
public static class AreaLabels
{
    /// <summary>The code in <paramref name="label"/>, or <see langword="null"/> when it has none of the expected form.</summary>
    /// <param name="label">The cell text.</param>
    /// <param name="kind">The kind declared in the spec (see <see cref="FieldSpec.Kind"/>); <see langword="null"/> takes the leading digits as they are.</param>
    /// <param name="subDistrictsByShortCode">Helsinki's sub-districts by their 3-digit short code.</param>
    public static string? Normalise(string label, string? kind, IReadOnlyDictionary<string, string> subDistrictsByShortCode)
    {
        ReadOnlySpan<char> text = label.AsSpan().Trim();
        if (text.StartsWith("KU", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0 || (digits < text.Length && !char.IsWhiteSpace(text[digits]) && text[digits] is not ('-' or '.' or ',')))
        {
            return null;
        }

        string code = text[..digits].ToString();
        return kind switch
        {
            "postal-code" => code.Length <= 5 ? code.PadLeft(5, '0') : null,
            "municipality" => code.Length <= 3 ? code.PadLeft(3, '0') : null,
            "kokotunnus" => code.Length == 10 ? code : null,
            "major-district" => code.Length == 1 ? $"091{code}000000" : code.Length == 10 ? code : null,
            "district" => code switch
            {
                "000" or "0" => "091",
                { Length: 1 } => $"091{code}000000",
                { Length: 3 } => $"091{code[0]}{code}000",
                { Length: 10 } => code,
                _ => null,
            },
            "sub-district" => code.Length == 3 ? subDistrictsByShortCode.GetValueOrDefault(code) : code.Length == 10 ? code : null,
            _ => code,
        };
    }
}
