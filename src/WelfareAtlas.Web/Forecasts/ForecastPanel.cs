using System.Globalization;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Forecasts;

/// <summary>What the forecast panel (<c>Pages/Shared/_ForecastPanel.cshtml</c>) shows: the forecast's table, its model and its measured accuracy in words.</summary>
/// <param name="Forecast">The forecast; <see langword="null"/> says there is none and why.</param>
/// <param name="Caption">The table's caption.</param>
/// <param name="Language">The page's language.</param>
/// <param name="TableId">The table's element id (the CSV download reads it).</param>
/// <param name="FileName">The download's file name without extension.</param>
/// <param name="CsvNote">The line that leads the table's CSV download (the synthetic-data label); <see langword="null"/> for none.</param>
/// <param name="Decimals">Decimals of the forecast values: none for a count (people are counted whole), else one.</param>
internal sealed record ForecastPanel(ForecastView? Forecast, string Caption, Language Language, string TableId, string FileName, string? CsvNote = null, int Decimals = 1)
{
    /// <summary>A forecast value (or limit) for the page's reader, to <see cref="Decimals"/>.</summary>
    public string Value(double value) => SvgChart.Format(value, Language, Decimals);

    /// <summary>The texts in the page's language.</summary>
    public SituationTexts Text => SituationTexts.For(Language);

    /// <summary>A number for the page's reader.</summary>
    public string Number(double value, int decimals = 1) => SvgChart.Format(value, Language, decimals);

    /// <summary>A share (0–1) as a percentage for the page's reader.</summary>
    public string Percent(double share) => SvgChart.Format(share * 100, Language) + " %";

    /// <summary>The model and the periods it was fitted on.</summary>
    public string ModelLine => Forecast is { } f
        ? string.Format(CultureInfo.InvariantCulture, Text.ForecastModel, Text.ModelNames.GetValueOrDefault(f.Model, f.Model), Number(f.Points, 0), PeriodLabels.Of(f.FirstPeriod, Language), PeriodLabels.Of(f.LastPeriod, Language))
        : string.Empty;

    /// <summary>The backtested accuracy in a sentence, with the seasonal naive forecast's MASE where the series have a season; says when it was not measured.</summary>
    public string AccuracyLine => Forecast?.Accuracy is { } a
        ? a.SeasonalNaiveMase is { } seasonal
            ? string.Format(CultureInfo.InvariantCulture, Text.AccuracySeasonal, Number(a.Series, 0), Number(a.Forecasts, 0), Number(a.Mase, 2), Number(a.NaiveMase, 2), Number(seasonal, 2), Percent(a.Coverage80), Percent(a.Coverage95))
            : string.Format(CultureInfo.InvariantCulture, Text.Accuracy, Number(a.Series, 0), Number(a.Forecasts, 0), Number(a.Mase, 2), Number(a.NaiveMase, 2), Percent(a.Coverage80), Percent(a.Coverage95))
        : Text.NoAccuracy;

    /// <summary>Whether the forecast beat naive; <see langword="null"/> when not measured.</summary>
    public bool? BeatsNaive => Forecast?.Accuracy?.BeatsNaive;

    /// <summary>How the forecast did against the naive forecasts; <see langword="null"/> when not measured.</summary>
    public NaiveVerdict? Verdict => Forecast?.Accuracy is { } a ? NaiveVerdicts.Of(a) : null;

    /// <summary>The verdict in a sentence that names which naive forecast was at least as accurate; empty when not measured.</summary>
    public string VerdictLine => Verdict switch
    {
        NaiveVerdict.BeatsNaive => Text.BeatsNaive,
        NaiveVerdict.BeatsBothNaives => Text.BeatsBothNaives,
        NaiveVerdict.LastValueAtLeastAsAccurate => Text.DoesNotBeatNaive,
        NaiveVerdict.YearEarlierAtLeastAsAccurate => Text.DoesNotBeatSeasonalNaive,
        NaiveVerdict.BothAtLeastAsAccurate => Text.DoesNotBeatEitherNaive,
        _ => string.Empty,
    };

    /// <summary>The verdict in a few words for a list of forecasts (the area page's summaries); empty when the forecast beats naive or was not measured.</summary>
    public string VerdictShort => Verdict switch
    {
        NaiveVerdict.LastValueAtLeastAsAccurate => Text.NotBetterThanNaive,
        NaiveVerdict.YearEarlierAtLeastAsAccurate => Text.NotBetterThanSeasonalNaive,
        NaiveVerdict.BothAtLeastAsAccurate => Text.NotBetterThanEitherNaive,
        _ => string.Empty,
    };

    /// <summary>An invariant number for the table's <c>data-value</c> (what CSV downloads carry).</summary>
    public static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
