using WelfareAtlas.Indicators;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record MetadataTexts
{
    public static MetadataTexts Swedish { get; } = new()
    {
        Themes = new Dictionary<Theme, string>
        {
            [Theme.Nutrition] = "kost",
            [Theme.Finances] = "ekonomi och försörjning",
            [Theme.PhysicalActivity] = "motion",
            [Theme.MentalWellbeing] = "psykiskt välbefinnande",
            [Theme.SocialInclusion] = "delaktighet",
            [Theme.UseOfServices] = "användning av tjänster",
            [Theme.LivingConditions] = "befolkning och levnadsförhållanden",
        },
        TargetGroups = new Dictionary<TargetGroup, string>
        {
            [TargetGroup.ChildrenAndFamilies] = "barn och barnfamiljer",
            [TargetGroup.YoungPeople] = "unga",
            [TargetGroup.ElderlyPeople] = "äldre",
            [TargetGroup.DisabledAndLongTermPatients] = "personer med funktionsnedsättning och långtidssjuka",
            [TargetGroup.MentalHealthHomelessSubstanceUsers] = "personer med psykisk ohälsa eller missbruk, hemlösa",
            [TargetGroup.Immigrants] = "invandrare",
        },
        Measures = new Dictionary<Measure, string>
        {
            [Indicators.Measure.Proportion] = "andel (Wilsons konfidensintervall)",
            [Indicators.Measure.CrudeRate] = "rått relativt tal (Poisson- eller Byars konfidensintervall)",
            [Indicators.Measure.DirectlyStandardisedRate] = "direkt standardiserat tal (Dobsons konfidensintervall)",
            [Indicators.Measure.IndirectlyStandardisedRatio] = "indirekt standardiserad kvot",
            [Indicators.Measure.Mean] = "medelvärde (t-fördelningens konfidensintervall)",
            [Indicators.Measure.Count] = "antal (Poissons konfidensintervall)",
            [Indicators.Measure.Value] = "värde från källan (inte omräknat)",
        },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Indicators.Frequency.Monthly] = "varje månad",
            [Indicators.Frequency.Quarterly] = "varje kvartal",
            [Indicators.Frequency.Yearly] = "varje år",
        },
        WholePopulation = "hela befolkningen",
        Measure = "Mått",
        Multiplier = "Multiplikator",
        Frequency = "Uppdateringsfrekvens",
        DeliveredBy = "Levereras på områdesnivå",
        Disclosure = "Dataskyddsregel",
        MultiplierPer = "per {0}",
        MultiplierNone = "värdet som sådant",
        DisclosureSmallCounts = "Antal 1–{0} döljs.",
        DisclosureApportioned = "Uppgifterna för delområden, grunddistrikt och stordistrikt är uppskattningar fördelade från postnummerområdenas antal och visas också när de är mindre, eftersom de är andelar av publicerade antal; en uppskattning fördelad från ett skyddat antal döljs.",
        DisclosureZeroHidden = "Även noll döljs.",
        DisclosureMinimumDenominator = "Värdet döljs när nämnaren är under {0}.",
        DisclosureUnreliable = "En andel eller ett relativt tal markeras som osäkert när nämnaren är under {0}.",
        DisclosureNothingHidden = "Ingenting döljs: källan har redan skyddat uppgifterna, eller de gäller inte enskilda personer.",
    };
}
