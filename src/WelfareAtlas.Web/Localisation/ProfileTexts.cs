using System.Globalization;

namespace WelfareAtlas.Web.Localisation;

/// <summary>The texts of the profile, indicator and overview pages and their charts, in one language.</summary>
/// <remarks>Format items: {0}, {1}, ... as each property's name says; filled with the page's culture.</remarks>
internal sealed partial record ProfileTexts
{
    public required IReadOnlyDictionary<string, string> Significance { get; init; }

    /// <summary>
    /// The comparison's word as a table cell shows it beside the symbol, short enough for a narrow column: the word
    /// itself where it is short, an abbreviation where it is long (the legend pairs it with <see cref="Significance"/>).
    /// </summary>
    public required IReadOnlyDictionary<string, string> SignificanceShort { get; init; }

    public required IReadOnlyDictionary<string, string> Trend { get; init; }

    /// <summary>
    /// Why a cell has no value, by the key <see cref="Profiles.ShownStatus.Of"/> gives: a cell's status, or
    /// <c>protected</c> for one the atlas's disclosure control hides (not the source's doing).
    /// </summary>
    public required IReadOnlyDictionary<string, string> Status { get; init; }

    /// <summary>
    /// Why a cell has no value, in a word or two, where a chart has no room for <see cref="Status"/> (the spine chart's
    /// row of an area without a value): the table beside it gives the whole reason.
    /// </summary>
    public required IReadOnlyDictionary<string, string> StatusShort { get; init; }

    /// <summary>
    /// Why a cell without a value has none, for the hover text of a Finnish or Swedish page, by the same keys as
    /// <see cref="Status"/>; the English pages show the compute run's own reason (it names the period, the marker or
    /// the numbers), which is in English.
    /// </summary>
    public required IReadOnlyDictionary<string, string> StatusNote { get; init; }

    public required IReadOnlyDictionary<string, string> Polarity { get; init; }

    public required string ProfilesTitle { get; init; }

    public required string ProfilesIntro { get; init; }

    public required string IndicatorsTitle { get; init; }

    public required string ProfileOfAreaTitle { get; init; }

    public required string ProfileChoice { get; init; }

    public required string BenchmarkChoice { get; init; }

    public required string BenchmarkCity { get; init; }

    public required string BenchmarkParent { get; init; }

    public required string Apply { get; init; }

    public required string SummaryTitle { get; init; }

    public required string SpineTitle { get; init; }

    /// <summary>The spine chart's title for an area without a benchmark (the city): {0} the area, {1} its type in the plural.</summary>
    public required string SpineTitleWithoutBenchmark { get; init; }

    public required string SpineDescription { get; init; }

    /// <summary>The spine chart's caption for an area without a benchmark (the city), whose rows are placed among the areas of its type, not compared.</summary>
    public required string SpineDescriptionWithoutBenchmark { get; init; }

    /// <summary>The line at the middle of a spine chart's row when the area has no benchmark: the median of the areas of its type.</summary>
    public required string SpineMedian { get; init; }

    /// <summary>A spine chart's row of an area without a benchmark when no other area of its type has a value.</summary>
    public required string SpineOnlyArea { get; init; }

    public required string SpineRange { get; init; }

    public required string SpineMiddleHalf { get; init; }

    public required string BenchmarkLegend { get; init; }

    public required string TableTitle { get; init; }

    public required string Indicator { get; init; }

    public required string Period { get; init; }

    public required string Value { get; init; }

    public required string Lower95 { get; init; }

    public required string Upper95 { get; init; }

    public required string Numerator { get; init; }

    /// <summary>The heading of one indicator's denominators where the catalogue does not name them: the population.</summary>
    public required string Denominator { get; init; }

    /// <summary>
    /// The heading of a column of several indicators' denominators (the profile table), which count different things:
    /// a cell whose indicator's catalogue entry names its denominator (baskets, households) says so beside the number.
    /// </summary>
    public required string DenominatorOfMany { get; init; }

    public required string BenchmarkValue { get; init; }

    public required string Comparison { get; init; }

    public required string TrendHeading { get; init; }

    public required string Quintile { get; init; }

    public required string Rank { get; init; }

    /// <summary>In a profile row of an indicator without data at the area's level, before the levels it has data for (each a link).</summary>
    public required string DataOnlyAt { get; init; }

    /// <summary>Below the profile's table: which way quintiles and ranks count, whatever the polarity, and where the units are.</summary>
    public required string TableNote { get; init; }

    /// <summary>Beside the period of a figure much older than the profile's newest (<see cref="Profiles.OldFigures"/>).</summary>
    public required string OldFigure { get; init; }

    /// <summary>What <see cref="OldFigure"/> means, under the table when a row has it.</summary>
    public required string OldFigureNote { get; init; }

    public required string RankOf { get; init; }

    public required string Area { get; init; }

    public required string Breakdown { get; init; }

    public required string BreakdownTotal { get; init; }

    public required string Synthetic { get; init; }

    public required string SyntheticNote { get; init; }

    /// <summary>The mark of a profile row whose figure is shared out from postal areas (<c>AreaProfileModel.IsApportioned</c>).</summary>
    public required string Apportioned { get; init; }

    /// <summary>The note under the profile table that says what <see cref="Apportioned"/> means.</summary>
    public required string ApportionedNote { get; init; }

    /// <summary>A profile workbook's cover when some of its indicators are synthetic demo data.</summary>
    public required string SomeSynthetic { get; init; }

    /// <summary>The mark on a synthetic column's header (in brackets after its name), which the CSV download carries too.</summary>
    public required string SyntheticColumnTag { get; init; }

    /// <summary>{0} the mark: the note of a table whose columns are partly synthetic.</summary>
    public required string SyntheticColumnsNote { get; init; }

    /// <summary>{0} the sources, {1} the date: a chart's source line. Compose it with <see cref="SourceLineOf"/>, which trims the sources' own full stops.</summary>
    public required string SourceLine { get; init; }

    public required string DownloadCsv { get; init; }

    public required string DownloadPng { get; init; }

    public required string DownloadSvg { get; init; }

    public required string PyramidTitle { get; init; }

    public required string PyramidDescription { get; init; }

    public required string Men { get; init; }

    public required string Women { get; init; }

    public required string AgeBand { get; init; }

    public required string ParentArea { get; init; }

    public required string ChildAreas { get; init; }

    public required string OpenProfile { get; init; }

    public required string OverviewTitle { get; init; }

    public required string OverviewIntro { get; init; }

    public required string OverviewCaption { get; init; }

    public required string MapTitle { get; init; }

    public required string MapDescription { get; init; }

    /// <summary>In place of a map of a level where one area has data (the city alone among the municipalities): {0} the area, then links to the other levels.</summary>
    public required string MapOfOneArea { get; init; }

    public required string ColourBy { get; init; }

    public required string ColourBySignificance { get; init; }

    public required string ColourByQuintile { get; init; }

    public required string QuintileLabel { get; init; }

    public required string NoData { get; init; }

    /// <summary>The map's class, coloured by quintile, of an area with a value but no quintile (fewer than five areas have one).</summary>
    public required string NoQuintile { get; init; }

    public required string BarTitle { get; init; }

    public required string BarDescription { get; init; }

    public required string CityLine { get; init; }

    public required string Interval95 { get; init; }

    public required string TrendChartTitle { get; init; }

    public required string TrendChartDescription { get; init; }

    public required string TrendArea { get; init; }

    public required string BreakdownsTitle { get; init; }

    /// <summary>The heading of an indicator's table of breakdowns that are not by sex and age (youth chat's topics).</summary>
    public required string BreakdownsTitleOther { get; init; }

    /// <summary>The trend chart's caption when it has no city line (the city's own series, or a count).</summary>
    public required string TrendChartDescriptionWithoutCity { get; init; }

    public required string MetadataTitle { get; init; }

    public required string Definition { get; init; }

    public required string Rationale { get; init; }

    public required string Source { get; init; }

    public required string Unit { get; init; }

    public required string Caveats { get; init; }

    public required string Themes { get; init; }

    public required string TargetGroups { get; init; }

    public required string Agenda2030 { get; init; }

    public required string Licence { get; init; }

    public required string AreaTypeChoice { get; init; }

    public required string PeriodChoice { get; init; }

    public required string BreakdownChoice { get; init; }

    public required string NoDataForChoice { get; init; }

    public required string ReadMore { get; init; }

    public required string IndicatorPage { get; init; }

    /// <summary>
    /// A chart's source line (<see cref="SourceLine"/>): the distinct non-empty <paramref name="sources"/> joined by
    /// semicolons, each without the full stop it often ends in ("… indicator 181."), since the line puts its own after
    /// them, and the <paramref name="date"/> in ISO form.
    /// </summary>
    public string SourceLineOf(IEnumerable<string> sources, DateOnly date) => string.Format(
        CultureInfo.InvariantCulture,
        SourceLine,
        string.Join("; ", sources.Select(source => source.Trim().TrimEnd('.').TrimEnd()).Where(source => source.Length > 0).Distinct(StringComparer.Ordinal)),
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
