using WelfareAtlas.Indicators;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record MetadataTexts
{
    public static MetadataTexts English { get; } = new()
    {
        Themes = new Dictionary<Theme, string>
        {
            [Theme.Nutrition] = "nutrition",
            [Theme.Finances] = "finances and livelihood",
            [Theme.PhysicalActivity] = "physical activity",
            [Theme.MentalWellbeing] = "mental wellbeing",
            [Theme.SocialInclusion] = "social inclusion",
            [Theme.UseOfServices] = "use of services",
            [Theme.LivingConditions] = "population and living conditions",
        },
        TargetGroups = new Dictionary<TargetGroup, string>
        {
            [TargetGroup.ChildrenAndFamilies] = "children and families",
            [TargetGroup.YoungPeople] = "young people",
            [TargetGroup.ElderlyPeople] = "elderly people",
            [TargetGroup.DisabledAndLongTermPatients] = "disabled and long-term patients",
            [TargetGroup.MentalHealthHomelessSubstanceUsers] = "mental health, homeless and substance users",
            [TargetGroup.Immigrants] = "immigrants",
        },
        Measures = new Dictionary<Measure, string>
        {
            [Indicators.Measure.Proportion] = "proportion (Wilson score interval)",
            [Indicators.Measure.CrudeRate] = "crude rate (exact Poisson or Byars interval)",
            [Indicators.Measure.DirectlyStandardisedRate] = "directly standardised rate (Dobson interval)",
            [Indicators.Measure.IndirectlyStandardisedRatio] = "indirectly standardised ratio",
            [Indicators.Measure.Mean] = "mean (Student's t interval)",
            [Indicators.Measure.Count] = "count (Poisson interval)",
            [Indicators.Measure.Value] = "value given by the source (not recomputed)",
        },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Indicators.Frequency.Monthly] = "monthly",
            [Indicators.Frequency.Quarterly] = "quarterly",
            [Indicators.Frequency.Yearly] = "yearly",
        },
        WholePopulation = "the whole population",
        Measure = "Measure",
        Multiplier = "Multiplier",
        Frequency = "Frequency",
        DeliveredBy = "Delivered by area level",
        Disclosure = "Disclosure rule",
        MultiplierPer = "per {0}",
        MultiplierNone = "the value as it is",
        DisclosureSmallCounts = "Counts 1–{0} are hidden.",
        DisclosureApportioned = "The figures of sub-districts, districts and major districts are estimates shared out from the postal areas' counts and are shown also below this, as shares of published counts; one shared out from a hidden count is hidden.",
        DisclosureZeroHidden = "Zero is hidden too.",
        DisclosureMinimumDenominator = "A value is hidden when its denominator is below {0}.",
        DisclosureUnreliable = "A proportion or rate is flagged unreliable when its denominator is below {0}.",
        DisclosureNothingHidden = "Nothing is hidden: the source has already protected the data, or they are not about individual people.",
    };
}
