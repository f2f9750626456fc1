namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// The texts of forecasts, the situational picture and alerts in one language. Each property is <c>required</c>, so a
/// language that lacks a text does not compile. Texts with <c>{0}</c> are composite formats.
/// </summary>
internal sealed partial record SituationTexts
{
    public required string ForecastLegend { get; init; }

    public required string Band80 { get; init; }

    public required string Band95 { get; init; }

    public required string ForecastTableCaption { get; init; }

    public required string Forecast { get; init; }

    public required string Lower80 { get; init; }

    public required string Upper80 { get; init; }

    public required string Lower95 { get; init; }

    public required string Upper95 { get; init; }

    /// <summary>{0} model, {1} periods fitted, {2} first period, {3} last period.</summary>
    public required string ForecastModel { get; init; }

    /// <summary>The smoothing models by their API slugs (<c>simple</c>, <c>holt-linear</c>, …), as <see cref="ForecastModel"/> names them.</summary>
    public required IReadOnlyDictionary<string, string> ModelNames { get; init; }

    /// <summary>{0} series, {1} forecasts scored, {2} MASE, {3} naive MASE, {4} 80 % coverage, {5} 95 % coverage.</summary>
    public required string Accuracy { get; init; }

    /// <summary>As <see cref="Accuracy"/> for series with a season: {0} series, {1} forecasts scored, {2} MASE, {3} naive MASE, {4} seasonal naive MASE, {5} 80 % coverage, {6} 95 % coverage.</summary>
    public required string AccuracySeasonal { get; init; }

    /// <summary>Beat the naive forecast; there is no seasonal naive forecast.</summary>
    public required string BeatsNaive { get; init; }

    /// <summary>Beat both the naive and the seasonal naive forecast.</summary>
    public required string BeatsBothNaives { get; init; }

    /// <summary>The last value carried forward was at least as accurate.</summary>
    public required string DoesNotBeatNaive { get; init; }

    /// <summary>The same period a year earlier was at least as accurate (the last value was not).</summary>
    public required string DoesNotBeatSeasonalNaive { get; init; }

    /// <summary>Both naive forecasts were at least as accurate.</summary>
    public required string DoesNotBeatEitherNaive { get; init; }

    /// <summary><see cref="DoesNotBeatNaive"/> in a few words.</summary>
    public required string NotBetterThanNaive { get; init; }

    /// <summary><see cref="DoesNotBeatSeasonalNaive"/> in a few words.</summary>
    public required string NotBetterThanSeasonalNaive { get; init; }

    /// <summary><see cref="DoesNotBeatEitherNaive"/> in a few words.</summary>
    public required string NotBetterThanEitherNaive { get; init; }

    public required string NoAccuracy { get; init; }

    public required string NoForecast { get; init; }

    public required string AreaForecastsTitle { get; init; }

    public required string AreaForecastsIntro { get; init; }

    public required string NextPeriod { get; init; }

    public required string SituationTitle { get; init; }

    public required string SituationIntro { get; init; }

    /// <summary>{0} the area's name.</summary>
    public required string SituationOfArea { get; init; }

    public required string SituationLink { get; init; }

    public required string ProfileChoice { get; init; }

    public required string Show { get; init; }

    public required string NoFindings { get; init; }

    public required string Indicator { get; init; }

    public required string Area { get; init; }

    public required string Period { get; init; }

    public required string Value { get; init; }

    public required string Reference { get; init; }

    public required string Batch { get; init; }

    /// <summary>The heading of the downloaded table's field that says whether a change was for the worse or the better.</summary>
    public required string Direction { get; init; }

    public required string Worse { get; init; }

    public required string Better { get; init; }

    public required string StewardsOnly { get; init; }

    /// <summary>Why the public sees fewer revisions than stewards (docs/statistics/situation.md).</summary>
    public required string PublicRevisionsNote { get; init; }

    /// <summary>{0} shown, {1} found.</summary>
    public required string Truncated { get; init; }

    /// <summary>The link after <see cref="Truncated"/> to the page with that kind in full; {0} how many there are.</summary>
    public required string ShowAll { get; init; }

    /// <summary>The link back from one kind in full to every kind.</summary>
    public required string ShowEveryKind { get; init; }

    /// <summary>The text of the page (400) for a <c>show</c> that is no kind of finding; {0} the value.</summary>
    public required string UnknownKind { get; init; }

    /// <summary>Headings and one-line explanations of each kind of finding, by <see cref="Situation.SituationKind"/>.</summary>
    public required IReadOnlyDictionary<Situation.SituationKind, (string Heading, string Explanation)> Kinds { get; init; }

    public required string AlertsTitle { get; init; }

    public required string AlertsIntro { get; init; }

    public required string SubscribeTitle { get; init; }

    public required string Email { get; init; }

    public required string Follow { get; init; }

    public required string FollowArea { get; init; }

    public required string FollowIndicator { get; init; }

    public required string FollowProfile { get; init; }

    /// <summary>The area list's last group: the municipalities other than the city, which come after the city's own areas.</summary>
    public required string FollowOtherMunicipalities { get; init; }

    public required string Subscribe { get; init; }

    public required string SubscribeSent { get; init; }

    public required string TooManyConfirmations { get; init; }

    public required string BadEmail { get; init; }

    public required string BadTarget { get; init; }

    public required string Confirmed { get; init; }

    public required string Unsubscribed { get; init; }

    public required string UnknownLink { get; init; }

    public required string RecentAlerts { get; init; }

    public required string NoAlerts { get; init; }

    public required string Entered { get; init; }

    public required string Left { get; init; }

    public required string When { get; init; }

    public required string Status { get; init; }

    public required string Profile { get; init; }

    /// <summary>{0} product name.</summary>
    public required string ConfirmSubject { get; init; }

    /// <summary>{0} what is followed, {1} confirmation link, {2} unsubscribe link.</summary>
    public required string ConfirmBody { get; init; }

    /// <summary>{0} product name, {1} number of changes.</summary>
    public required string AlertSubject { get; init; }

    /// <summary>{0} what is followed.</summary>
    public required string AlertIntro { get; init; }

    /// <summary>{0} unsubscribe link.</summary>
    public required string AlertFooter { get; init; }

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static SituationTexts For(WelfareAtlas.Localisation.Language language) => language switch
    {
        WelfareAtlas.Localisation.Language.Finnish => Finnish,
        WelfareAtlas.Localisation.Language.Swedish => Swedish,
        _ => English,
    };
}
