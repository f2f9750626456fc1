namespace WelfareAtlas.Web.Localisation;

/// <summary>The texts of the printable welfare report and of the download links, in one language.</summary>
/// <remarks>Format items: {0}, {1}, ... as each property's name says; filled with the report's culture.</remarks>
internal sealed partial record ReportTexts
{
    /// <summary>The kind of document, above the title on the cover.</summary>
    public required string ReportKind { get; init; }

    /// <summary>{0} profile name: the city-wide report's title.</summary>
    public required string CityReportTitle { get; init; }

    public required string Contents { get; init; }

    public required string KeyFigures { get; init; }

    /// <summary>{0} date.</summary>
    public required string PrintedOn { get; init; }

    /// <summary>{0} area name.</summary>
    public required string MapCaption { get; init; }

    public required string TrendTitle { get; init; }

    public required string ForecastTitle { get; init; }

    public required string ForecastValue { get; init; }

    public required string Prediction80 { get; init; }

    public required string Prediction95 { get; init; }

    public required string ForecastNote { get; init; }

    /// <summary>
    /// The measured accuracy beside a forecast: {0} series backtested, {1} forecasts scored, {2} the method's MASE,
    /// {3} the naive forecast's (last value carried forward), {4} the seasonal naive part (<see cref="SeasonalNaiveAccuracy"/>)
    /// or nothing, {5} and {6} the shares of actual values inside the 80 % and 95 % intervals.
    /// </summary>
    public required string ForecastAccuracy { get; init; }

    /// <summary>{0} the seasonal naive forecast's MASE: appended to <see cref="ForecastAccuracy"/> for series with a season.</summary>
    public required string SeasonalNaiveAccuracy { get; init; }

    /// <summary>The verdict when the method beat both naive forecasts in the backtests.</summary>
    public required string BeatsNaive { get; init; }

    /// <summary>The verdict when it did not: {0} the naive forecast that won (<see cref="NaiveLastValue"/> or <see cref="NaiveSeasonal"/>), {1} its MASE, {2} the method's.</summary>
    public required string DoesNotBeatNaive { get; init; }

    /// <summary>The naive forecast that carries the last value forward, as the subject of <see cref="DoesNotBeatNaive"/>.</summary>
    public required string NaiveLastValue { get; init; }

    /// <summary>The seasonal naive forecast (the same period a season earlier), as the subject of <see cref="DoesNotBeatNaive"/>.</summary>
    public required string NaiveSeasonal { get; init; }

    /// <summary>Said beside a forecast whose indicator's series were too short to backtest.</summary>
    public required string NoAccuracy { get; init; }

    public required string PopulationTitle { get; init; }

    public required string MethodsTitle { get; init; }

    public required IReadOnlyList<string> MethodsText { get; init; }

    public required string SourcesTitle { get; init; }

    public required string Source { get; init; }

    public required string File { get; init; }

    public required string Imported { get; init; }

    public required string Batch { get; init; }

    public required string DisclosureTitle { get; init; }

    public required string DisclosureText { get; init; }

    /// <summary>The word before the page number in the printed footer ("Page 3 / 12").</summary>
    public required string Page { get; init; }

    public required string DistrictsSideBySide { get; init; }

    public required string DistrictsIntro { get; init; }

    public required string DownloadsTitle { get; init; }

    public required string OpenReport { get; init; }

    public required string DownloadPdf { get; init; }

    public required string CityReport { get; init; }

    public required string DownloadXlsx { get; init; }

    public required string DownloadJsonStat { get; init; }

    public required string DownloadPx { get; init; }

    public required string NoData { get; init; }
}
