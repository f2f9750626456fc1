using WelfareAtlas.Localisation;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Maps;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Reports;

/// <summary>Everything the printable report of one area and profile shows, read for one audience.</summary>
/// <param name="Profile">The area's profile, as the page and the API give it.</param>
/// <param name="Indicators">Per indicator of the profile (by id): its series and, where the store has them, forecasts.</param>
/// <param name="Shape">The area's boundary; <see langword="null"/> for the city, which has none of its own.</param>
/// <param name="Vintages">The import batches the numbers come from.</param>
/// <param name="Date">The day the report is compiled.</param>
/// <param name="Sources">Each indicator's source (by id).</param>
internal sealed record AreaReport(
    AreaProfileView Profile,
    IReadOnlyDictionary<string, IndicatorHistory> Indicators,
    SvgShape? Shape,
    IReadOnlyList<VintageView> Vintages,
    DateOnly Date,
    IReadOnlyDictionary<string, TextView> Sources);

/// <summary>One indicator's history in an area: the series the trend chart draws and the forecasts that follow it.</summary>
/// <param name="Series">The area's and the city's values over time; <see langword="null"/> when the area has none.</param>
/// <param name="Forecasts">Forecast periods after the last value; empty when the store has none or the series has withheld points.</param>
/// <param name="Accuracy">
/// How well the forecasting method did in the rolling-origin backtests of the indicator's series of this length, printed
/// beside the forecasts; <see langword="null"/> without forecasts or when no series was long enough to backtest.
/// </param>
internal sealed record IndicatorHistory(SeriesView? Series, IReadOnlyList<PeriodForecast> Forecasts, IndicatorForecastAccuracy? Accuracy);

/// <summary>An import batch named as a source of a report's numbers.</summary>
/// <param name="Id">The batch id.</param>
/// <param name="Source">The source system.</param>
/// <param name="FileName">The delivered file.</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
internal sealed record VintageView(long Id, string Source, string FileName, DateTime ImportedAt);

/// <summary>The city-wide report of a profile: the city's own report and every district side by side and one by one.</summary>
/// <param name="City">The city's report.</param>
/// <param name="Overview">Every district on every indicator of the profile.</param>
/// <param name="Districts">Each district's profile, by name.</param>
/// <param name="Map">The districts drawn together.</param>
internal sealed record CityReport(AreaReport City, OverviewView Overview, IReadOnlyList<AreaProfileView> Districts, SvgMap Map);

/// <summary>The language a report is written in, with its culture for numbers and dates.</summary>
/// <param name="Language">The language.</param>
internal sealed record ReportLanguage(Language Language)
{
    /// <summary>The culture people of the language read numbers in: decimal comma in Finnish and Swedish.</summary>
    public System.Globalization.CultureInfo Culture => ProfileSummaryWriter.Culture(Language);
}
