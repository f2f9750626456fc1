using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WelfareAtlas.Observations;

/// <summary>An age range in whole years, both ends included: <c>7-17</c>, <c>85+</c>, or <see cref="All"/>.</summary>
/// <param name="From">The youngest age in the band, 0–120.</param>
/// <param name="To">The oldest age in the band; <see langword="null"/> for an open band (<c>85+</c>).</param>
public readonly record struct AgeBand(int From, int? To)
{
    /// <summary>All ages: no breakdown by age.</summary>
    public static AgeBand All { get; } = new(0, null);

    /// <summary>Whether this is <see cref="All"/>.</summary>
    public bool IsAll => From == 0 && To is null;

    /// <summary>Reads <c>7-17</c>, <c>7–17</c>, <c>85+</c> or <c>all</c>, or says why the text is none of them.</summary>
    public static bool TryParse(string? text, out AgeBand band, [NotNullWhen(false)] out string? error)
    {
        string s = (text ?? string.Empty).Trim().Replace('–', '-');
        band = All;
        error = null;
        if (s.Length == 0 || string.Equals(s, "all", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (s.EndsWith('+') && int.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int openFrom) && openFrom <= 120)
        {
            band = new AgeBand(openFrom, null);
            return true;
        }

        int dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0
            && int.TryParse(s.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int from)
            && int.TryParse(s.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int to)
            && from <= to && to <= 120)
        {
            band = new AgeBand(from, to);
            return true;
        }

        error = $"Age band '{text}' is none of 7-17, 85+ or all.";
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => IsAll
        ? "all"
        : To is { } to
            ? string.Create(CultureInfo.InvariantCulture, $"{From}-{to}")
            : string.Create(CultureInfo.InvariantCulture, $"{From}+");
}
