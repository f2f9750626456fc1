using WelfareAtlas.Indicators;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record MetadataTexts
{
    public static MetadataTexts Finnish { get; } = new()
    {
        Themes = new Dictionary<Theme, string>
        {
            [Theme.Nutrition] = "ravitsemus",
            [Theme.Finances] = "talous ja toimeentulo",
            [Theme.PhysicalActivity] = "liikunta",
            [Theme.MentalWellbeing] = "mielen hyvinvointi",
            [Theme.SocialInclusion] = "osallisuus",
            [Theme.UseOfServices] = "palvelujen käyttö",
            [Theme.LivingConditions] = "väestö ja elinolot",
        },
        TargetGroups = new Dictionary<TargetGroup, string>
        {
            [TargetGroup.ChildrenAndFamilies] = "lapset ja lapsiperheet",
            [TargetGroup.YoungPeople] = "nuoret",
            [TargetGroup.ElderlyPeople] = "ikääntyneet",
            [TargetGroup.DisabledAndLongTermPatients] = "vammaiset ja pitkäaikaissairaat",
            [TargetGroup.MentalHealthHomelessSubstanceUsers] = "mielenterveys- ja päihdekuntoutujat, asunnottomat",
            [TargetGroup.Immigrants] = "maahan muuttaneet",
        },
        Measures = new Dictionary<Measure, string>
        {
            [Indicators.Measure.Proportion] = "osuus (Wilsonin luottamusväli)",
            [Indicators.Measure.CrudeRate] = "raaka suhdeluku (Poisson- tai Byarsin luottamusväli)",
            [Indicators.Measure.DirectlyStandardisedRate] = "suoraan vakioitu suhdeluku (Dobsonin luottamusväli)",
            [Indicators.Measure.IndirectlyStandardisedRatio] = "epäsuorasti vakioitu suhde",
            [Indicators.Measure.Mean] = "keskiarvo (t-jakauman luottamusväli)",
            [Indicators.Measure.Count] = "lukumäärä (Poisson-luottamusväli)",
            [Indicators.Measure.Value] = "lähteen antama arvo (ei laskettu uudelleen)",
        },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Indicators.Frequency.Monthly] = "kuukausittain",
            [Indicators.Frequency.Quarterly] = "neljännesvuosittain",
            [Indicators.Frequency.Yearly] = "vuosittain",
        },
        WholePopulation = "koko väestö",
        Measure = "Mittari",
        Multiplier = "Kerroin",
        Frequency = "Päivitystiheys",
        DeliveredBy = "Toimitettu aluetasolla",
        Disclosure = "Tietosuojasääntö",
        MultiplierPer = "{0}:aa kohden",
        MultiplierNone = "arvo sellaisenaan",
        DisclosureSmallCounts = "Lukumäärät 1–{0} salataan.",
        DisclosureApportioned = "Osa-alueiden, peruspiirien ja suurpiirien luvut ovat postinumeroalueiden luvuista jaettuja arvioita, ja ne näytetään pienempinäkin, koska ne ovat osuuksia julkaistuista luvuista; salatusta luvusta jaettu arvio salataan.",
        DisclosureZeroHidden = "Myös nolla salataan.",
        DisclosureMinimumDenominator = "Arvo salataan, kun nimittäjä on alle {0}.",
        DisclosureUnreliable = "Osuus tai suhdeluku merkitään epäluotettavaksi, kun nimittäjä on alle {0}.",
        DisclosureNothingHidden = "Mitään ei salata: lähde on jo suojannut tiedot, tai ne eivät koske yksittäisiä ihmisiä.",
    };
}
