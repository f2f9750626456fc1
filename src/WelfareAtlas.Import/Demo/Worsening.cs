using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Demo;

/// <summary>A real change planted in the demo data: an indicator that gets worse in one area over its last periods.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area (a real Helsinki postal area or sub-district).</param>
/// <param name="Periods">
/// How many of the last periods worsen; of a monthly or quarterly series, how many of the last years (each the twelve
/// months or four quarters up to the series' end), as a real change shows against the same month of earlier years,
/// which is what a recent trend of months reads (docs/statistics/trend.md).
/// </param>
/// <param name="StepPerPeriod">Added to the log-odds or log-rate in each of those periods (or years), cumulatively (0.2 ≈ +22 % a period).</param>
/// <param name="Category">Only this category of the free dimension (a chat topic), or every category when <see langword="null"/>.</param>
public sealed record Worsening(IndicatorId Indicator, AreaCode Area, int Periods, double StepPerPeriod, string? Category = null)
{
    /// <summary>
    /// The worsening areas of the city scale, named in docs/demo-data.md: Kontula–Vesala–Kivikko (00940) in payment
    /// defaults and young people's anxiety and loneliness; Myllypuro (00920) in children's sports and sugary drinks;
    /// sub-districts Kontula (child welfare), Jakomäki (school absence), Meri-Rastila (social assistance) and
    /// Ala-Malmi (unemployment).
    /// </summary>
    public static IReadOnlyList<Worsening> Helsinki { get; } =
    [
        new(IndicatorId.Parse("payment-defaults"), AreaCode.Parse("00940"), 5, 0.12),
        new(IndicatorId.Parse("youth-chat-conversations"), AreaCode.Parse("00940"), 5, 0.3, "anxiety"),
        new(IndicatorId.Parse("youth-chat-conversations"), AreaCode.Parse("00940"), 5, 0.25, "loneliness"),
        new(IndicatorId.Parse("sports-licences"), AreaCode.Parse("00920"), 4, -0.15),
        new(IndicatorId.Parse("grocery-sugary-drinks"), AreaCode.Parse("00920"), 5, 0.15),
        new(IndicatorId.Parse("child-welfare-notifications"), AreaCode.Parse("0917703471"), 4, 0.18),
        new(IndicatorId.Parse("school-absence"), AreaCode.Parse("0915506414"), 4, 0.2),
        new(IndicatorId.Parse("social-assistance-recipients"), AreaCode.Parse("0917704544"), 4, 0.15),
        new(IndicatorId.Parse("unemployed-jobseekers"), AreaCode.Parse("0915503382"), 4, 0.15),
    ];
}
