using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>Small hand-made tables: a city with areas, observations of a count indicator, and shortcuts to keys.</summary>
internal static class Cells
{
    public static readonly Period Year = Period.OfYear(2024);

    /// <summary>A proportion indicator with the person-register rule (numerators 1–4 hidden, zero hidden, width 5).</summary>
    public static Indicator Register { get; } = IndicatorCatalogue.Get("unemployed-jobseekers") with { Disclosure = DisclosureRule.PersonRegister };

    public static AreaCode Code(string code) => AreaCode.Parse(code);

    public static Area Area(string code, AreaType type, string? parent) =>
        new(Code(code), type, LocalisedText.Same(code), parent is null ? null : Code(parent));

    public static Observation Count(string area, double numerator, double denominator = 1000, Breakdown? breakdown = null, Period? period = null) =>
        new(Register.Id, Code(area), period ?? Year, breakdown ?? Breakdown.Total, numerator, denominator);

    public static CellKey Key(string area, Breakdown? breakdown = null, Period? period = null) =>
        new(Code(area), period ?? Year, breakdown ?? Breakdown.Total);

    public static CellState StateOf(ProtectedTable table, string area, Breakdown? breakdown = null, Period? period = null) =>
        table.Cells.Single(cell => cell.Key == Key(area, breakdown, period)).State;

    /// <summary>A city 091 with one major district 0911000000, whose district 0911010000 has sub-districts 0911010001…</summary>
    public static IReadOnlyList<Area> OneDistrict(int subDistricts) =>
    [
        Area("091", AreaType.City, null),
        Area("0911000000", AreaType.MajorDistrict, "091"),
        Area("0911010000", AreaType.District, "0911000000"),
        .. Enumerable.Range(1, subDistricts).Select(i => Area(SubDistrict(i), AreaType.SubDistrict, "0911010000")),
    ];

    public static string SubDistrict(int i) => "0911010" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
