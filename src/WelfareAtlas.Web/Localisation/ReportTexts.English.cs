namespace WelfareAtlas.Web.Localisation;

internal sealed partial record ReportTexts
{
    public static ReportTexts English { get; } = new()
    {
        ReportKind = "Welfare report",
        CityReportTitle = "Helsinki's districts: {0}",
        Contents = "Contents",
        KeyFigures = "Key figures",
        PrintedOn = "Compiled on {0}",
        MapCaption = "{0} on the map",
        TrendTitle = "Trend",
        ForecastTitle = "Forecast",
        ForecastValue = "Forecast",
        Prediction80 = "80 % prediction interval",
        Prediction95 = "95 % prediction interval",
        ForecastNote = "Forecasts use exponential smoothing; the prediction intervals say how uncertain a forecast is, and their accuracy is measured against earlier data.",
        ForecastAccuracy = "Measured accuracy (rolling-origin backtests of {0} series, {1} forecasts): MASE {2} for this method, {3} for the naive forecast (the last value carried forward){4}. Of the actual values, {5} fell inside the 80 % intervals and {6} inside the 95 % intervals.",
        SeasonalNaiveAccuracy = ", {0} for the seasonal naive forecast (the same period a year earlier)",
        BeatsNaive = "In the backtests the method beat the naive forecasts.",
        DoesNotBeatNaive = "This forecast does not beat the naive forecast: in the backtests {0} was at least as accurate (MASE {1} against the method's {2}). Read it as that naive forecast with its uncertainty.",
        NaiveLastValue = "carrying the last value forward",
        NaiveSeasonal = "repeating the value of the same period a year earlier",
        NoAccuracy = "Accuracy not measured: the indicator's series are too short to backtest.",
        PopulationTitle = "Population structure",
        MethodsTitle = "Methods",
        MethodsText =
        [
            "Confidence intervals are Wilson score intervals for proportions, exact Poisson (below 10 events) or Byars intervals for counts and rates, and Dobson intervals for directly standardised rates.",
            "An area is significantly better or worse than its benchmark when the benchmark's value lies outside the area's 95 % confidence interval. The recent trend is a chi-square test for trend over the last five periods; for monthly, quarterly and weekly figures over the same month, quarter or week of the last five years, so that the season is not read as a trend.",
            "Small counts are suppressed to protect privacy, with complementary suppression so that no suppressed number can be recovered by subtraction.",
        ],
        SourcesTitle = "Sources and data vintages",
        Source = "Source",
        File = "File",
        Imported = "Imported",
        Batch = "Batch",
        DisclosureTitle = "Markers",
        DisclosureText = "c = suppressed to protect privacy, u = unreliable (small population), : = not available from the source.",
        Page = "Page",
        DistrictsSideBySide = "The districts side by side",
        DistrictsIntro = "Every district on every indicator of the profile; the marker gives the difference from the whole city at the 95 % level.",
        DownloadsTitle = "Downloads",
        OpenReport = "Printable report",
        DownloadPdf = "Download the report (PDF)",
        CityReport = "Report of all districts (PDF)",
        DownloadXlsx = "Download as a spreadsheet (XLSX)",
        DownloadJsonStat = "JSON-stat",
        DownloadPx = "PX",
        NoData = "No data",
    };
}
