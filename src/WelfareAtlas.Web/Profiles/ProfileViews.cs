using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Profiles;

/// <summary>A text in Finnish, Swedish and English.</summary>
/// <param name="Fi">In Finnish.</param>
/// <param name="Sv">In Swedish.</param>
/// <param name="En">In English.</param>
public sealed record TextView(string Fi, string Sv, string En)
{
    /// <summary>The same text as a view.</summary>
    public static TextView From(LocalisedText text) => new(text.Fi, text.Sv, text.En);

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language switch
    {
        Language.Swedish => Sv,
        Language.English => En,
        _ => Fi,
    };
}

/// <summary>An area named in a view.</summary>
/// <param name="Code">The area's code.</param>
/// <param name="Type">Its type's slug (<c>district</c>, ...).</param>
/// <param name="Names">Its names.</param>
public sealed record AreaRef(string Code, string Type, TextView Names)
{
    /// <summary>The view of <paramref name="area"/>.</summary>
    public static AreaRef From(Area area) => new(area.Code.Value, area.Type.ToSlug(), TextView.From(area.Names));
}

/// <summary>A confidence interval.</summary>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
public sealed record IntervalView(double Lower, double Upper);

/// <summary>A comparison with a benchmark area.</summary>
/// <param name="Benchmark">The benchmark area; <see langword="null"/> when the area has none (the city against itself).</param>
/// <param name="BenchmarkValue">The benchmark's value.</param>
/// <param name="At95">At 95 %: <c>better</c>, <c>worse</c> (with the profile's polarity), <c>higher</c>, <c>lower</c> (without), <c>similar</c> or <c>not-compared</c>.</param>
/// <param name="At998">The same at 99.8 %.</param>
/// <param name="Reason">Why not compared, in English; <see langword="null"/> when compared.</param>
public sealed record ComparisonView(AreaRef? Benchmark, double? BenchmarkValue, string At95, string At998, string? Reason);

/// <summary>A recent trend.</summary>
/// <param name="Direction"><c>increasing</c>, <c>decreasing</c>, <c>no-significant-change</c> or <c>cannot-be-calculated</c>.</param>
/// <param name="Judgement">With the profile's polarity: <c>improving</c>, <c>worsening</c>; else the direction again.</param>
/// <param name="Reason">Why it could not be calculated, in English.</param>
public sealed record TrendView(string Direction, string Judgement, string? Reason);

/// <summary>The spread of the values of the areas of the same type: what a spine chart draws.</summary>
/// <param name="Count">Areas with a value.</param>
/// <param name="Min">The lowest value.</param>
/// <param name="Q1">The 25th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="Q3">The 75th percentile.</param>
/// <param name="Max">The highest value.</param>
public sealed record PeerRangeView(int Count, double Min, double Q1, double Median, double Q3, double Max);

/// <summary>What disclosure control shows of a cell (docs/statistics/disclosure-control.md).</summary>
/// <param name="State">
/// <c>published</c>, <c>unreliable</c> (published with a small denominator), <c>suppressed</c> (hidden to protect
/// privacy: no numbers), <c>unavailable</c> (the source gave none); for an analyst, <c>primary-suppressed</c> or
/// <c>secondary-suppressed</c> in place of <c>suppressed</c>, with the numbers.
/// </param>
/// <param name="Reason">The reason's code: <c>none</c>, <c>confidential</c>, <c>small-denominator</c>, ...</param>
/// <param name="Marker">The marker shown beside or in place of the number: empty, <c>u</c>, <c>c</c> or <c>:</c>.</param>
/// <param name="Note">The explanation; <see langword="null"/> for a published cell.</param>
public sealed record DisclosureView(string State, string Reason, string Marker, TextView? Note)
{
    /// <summary>The view of a state and reason under <paramref name="rule"/>.</summary>
    public static DisclosureView From(CellState state, SuppressionReason reason, DisclosureRule rule) => new(
        state.ToCode(),
        reason.ToCode(),
        DisclosureTexts.Marker(state),
        state == CellState.Published ? null : TextView.From(DisclosureTexts.Explain(reason, rule)));

    /// <summary>A cell that does not exist: nothing to protect, nothing shown.</summary>
    public static DisclosureView NoData { get; } = new(CellState.Unavailable.ToCode(), SuppressionReason.Missing.ToCode(), DisclosureTexts.Marker(CellState.Unavailable), null);
}

/// <summary>One indicator of a profile for one area, at the indicator's latest period.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Measure">Its measure's slug.</param>
/// <param name="Polarity">Its polarity in this profile: <c>higher-is-better</c>, <c>lower-is-better</c> or <c>no-judgement</c>.</param>
/// <param name="Synthetic">Whether its data are synthetic (demo data), never to be read as facts about the city.</param>
/// <param name="Period">The period of the numbers; <see langword="null"/> when the area has no cell at all.</param>
/// <param name="Breakdown">The breakdown shown: <c>total</c>, or (for an indicator delivered only by age band) the youngest band.</param>
/// <param name="Value">The value; <see langword="null"/> without one.</param>
/// <param name="Ci95">The 95 % interval.</param>
/// <param name="Ci998">The 99.8 % interval.</param>
/// <param name="Numerator">The count behind the value.</param>
/// <param name="Denominator">The population behind the value.</param>
/// <param name="Status"><c>available</c>, or why there is no value: <c>suppressed</c>, <c>missing</c>, <c>invalid</c>, <c>no-data</c>.</param>
/// <param name="NoValueReason">Why there is no value, in English.</param>
/// <param name="Comparison">Against the chosen benchmark, judged with the polarity.</param>
/// <param name="VersusCity">Against the city, judged.</param>
/// <param name="VersusParent">Against the parent area, judged.</param>
/// <param name="Quintile">1 (highest values) to 5 among the areas of the same type.</param>
/// <param name="Rank">1 for the highest value among the areas of the same type.</param>
/// <param name="PeerCount">Areas of the same type with a value.</param>
/// <param name="Trend">The recent trend, judged.</param>
/// <param name="Peers">The spread among the areas of the same type.</param>
/// <param name="BatchId">The import batch of the numbers.</param>
/// <param name="Derivation"><see langword="null"/> as delivered; else how the numbers were derived.</param>
/// <param name="Disclosure">What disclosure control shows of the cell, with its marker and explanation.</param>
public sealed record ProfileCellView(
    string Indicator,
    TextView Name,
    TextView Unit,
    string Measure,
    string Polarity,
    bool Synthetic,
    string? Period,
    string Breakdown,
    double? Value,
    IntervalView? Ci95,
    IntervalView? Ci998,
    double? Numerator,
    double? Denominator,
    string Status,
    string? NoValueReason,
    ComparisonView Comparison,
    ComparisonView VersusCity,
    ComparisonView VersusParent,
    int? Quintile,
    int? Rank,
    int PeerCount,
    TrendView Trend,
    PeerRangeView? Peers,
    long? BatchId,
    string? Derivation,
    DisclosureView Disclosure);

/// <summary>A domain of a profile with its indicators' cells.</summary>
/// <param name="Id">The domain's id within the profile.</param>
/// <param name="Name">Its heading.</param>
/// <param name="Indicators">Its indicators in display order.</param>
public sealed record ProfileDomainView(string Id, TextView Name, IReadOnlyList<ProfileCellView> Indicators);

/// <summary>A profile named in a view.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Who and what it is for.</param>
public sealed record ProfileRef(string Id, TextView Name, TextView Description);

/// <summary>One point of a population pyramid.</summary>
/// <param name="Age">The age band (<c>0-2</c>, <c>85-</c>).</param>
/// <param name="Male">Men in the band.</param>
/// <param name="Female">Women in the band.</param>
/// <param name="From">The band's first year of age.</param>
/// <param name="To">Its last year of age; <see langword="null"/> for the open oldest band.</param>
public sealed record PyramidBand(string Age, double Male, double Female, int From, int? To)
{
    /// <summary>The band as a reader writes it: "20–24" with an en dash, "85+" (<see cref="Age"/> is the canonical "20-24"); a method, so that the API's JSON does not carry it.</summary>
    public string Shown() => Age.Replace('-', '–');
}

/// <summary>The area's population by age band and sex in one year, estimated (docs/population.md).</summary>
/// <param name="Period">The year.</param>
/// <param name="Bands">The bands, youngest first.</param>
/// <param name="Synthetic">Whether the population comes from synthetic data.</param>
public sealed record PyramidView(string Period, IReadOnlyList<PyramidBand> Bands, bool Synthetic);

/// <summary>Everything a profile says of one area.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Area">The area.</param>
/// <param name="Parent">Its parent area; <see langword="null"/> for the city.</param>
/// <param name="Children">The areas within it.</param>
/// <param name="Benchmark"><c>city</c> or <c>parent</c>: what <see cref="ProfileCellView.Comparison"/> is against.</param>
/// <param name="BenchmarkArea">The benchmark area; <see langword="null"/> for the city against itself.</param>
/// <param name="Domains">The profile's domains with the area's cells.</param>
/// <param name="Summary">The plain-language summary.</param>
/// <param name="Population">The population pyramid; <see langword="null"/> when the area has no population by age and sex.</param>
public sealed record AreaProfileView(
    ProfileRef Profile,
    AreaRef Area,
    AreaRef? Parent,
    IReadOnlyList<AreaRef> Children,
    string Benchmark,
    AreaRef? BenchmarkArea,
    IReadOnlyList<ProfileDomainView> Domains,
    ProfileSummary Summary,
    PyramidView? Population)
{
    /// <summary>Every cell, domain by domain.</summary>
    public IEnumerable<ProfileCellView> Cells => Domains.SelectMany(d => d.Indicators);
}

/// <summary>Every area of one type against the city on every indicator of a profile.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="AreaType">The area type's slug.</param>
/// <param name="Columns">The indicators in profile order, each with the period and breakdown its column shows.</param>
/// <param name="Rows">One per area of the type, by name order of the caller.</param>
public sealed record OverviewView(ProfileRef Profile, string AreaType, IReadOnlyList<OverviewColumn> Columns, IReadOnlyList<OverviewRow> Rows);

/// <summary>One indicator's column of an overview.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Polarity">Its polarity in the profile.</param>
/// <param name="Period">The period shown; <see langword="null"/> when the indicator has no data by this area type.</param>
/// <param name="Breakdown">The breakdown shown.</param>
/// <param name="Synthetic">Whether its data are synthetic.</param>
public sealed record OverviewColumn(string Indicator, TextView Name, string Polarity, string? Period, string Breakdown, bool Synthetic);

/// <summary>One area's row of an overview: a cell per column, in column order.</summary>
/// <param name="Area">The area.</param>
/// <param name="Cells">Its cells.</param>
public sealed record OverviewRow(AreaRef Area, IReadOnlyList<OverviewCell> Cells);

/// <summary>One area's value of one indicator in an overview, compared with the city.</summary>
/// <param name="Value">The value; <see langword="null"/> without one.</param>
/// <param name="Significance">Against the city at 95 %, judged by the profile's polarity.</param>
/// <param name="Status"><c>available</c> or why there is no value (<c>no-data</c> when the area has no cell).</param>
/// <param name="Disclosure">What disclosure control shows of the cell.</param>
public sealed record OverviewCell(double? Value, string Significance, string Status, DisclosureView Disclosure);
