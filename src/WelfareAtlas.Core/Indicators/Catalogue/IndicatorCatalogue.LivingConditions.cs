using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Population and living conditions: the population estimates and Paavo's structure indicators.</content>
public static partial class IndicatorCatalogue
{
    private static IEnumerable<Indicator> LivingConditions()
    {
        yield return new Indicator
        {
            Id = Id("population"),
            Name = T("Väestö (arvio)", "Befolkning (uppskattning)", "Population (estimate)"),
            Definition = T(
                "Asukkaiden lukumäärä vuoden lopussa alueittain, sukupuolen ja ikäryhmän mukaan. Postinumeroalueiden luvut 2020–2023 ovat Tilastokeskuksen Paavo-aineistosta; muina vuosina kunkin alueen luvut on jatkettu sen vuosien 2020–2023 kasvulla (enintään ±3 % vuodessa), ja osa-alueille ne on jaettu postinumeroalueiden pinta-alaosuuksin.",
                "Antalet invånare vid årets slut per område, efter kön och åldersgrupp. Postnummerområdenas siffror 2020–2023 kommer från Statistikcentralens Paavo; för övriga år har varje områdes siffror förlängts med dess tillväxt 2020–2023 (högst ±3 % per år), och till delområdena har de fördelats efter postnummerområdenas ytandelar.",
                "Number of residents at the end of the year by area, sex and age band. Postal-area figures for 2020–2023 are Statistics Finland's Paavo counts; for other years each area's figures are extended with its growth in 2020–2023 (at most ±3 % a year), and they are shared out to the sub-districts by the postal areas' surface shares."),
            Rationale = T(
                "Väestö on lähes kaikkien osuus- ja suhdelukujen nimittäjä, ja sen rakenne selittää palvelutarvetta.",
                "Befolkningen är nämnare för nästan alla andelar och relativa tal, och dess struktur förklarar servicebehovet.",
                "Population is the denominator of almost every proportion and rate, and its structure explains the need for services."),
            Source = T(
                "Tilastokeskus, Paavo 2020–2023 (CC BY 4.0); osa-alueille kohdistus ja muiden vuosien arvio: Welfare Atlas.",
                "Statistikcentralen, Paavo 2020–2023 (CC BY 4.0); fördelning på delområden och uppskattning av övriga år: Welfare Atlas.",
                "Statistics Finland, Paavo 2020–2023 (CC BY 4.0); apportioning to sub-districts and the other years estimated by Welfare Atlas."),
            Unit = T("henkilöä", "personer", "persons"),
            Measure = Measure.Count,
            Multiplier = 1,
            Frequency = Frequency.Yearly,
            DeliveredBy = AreaType.PostalArea,
            Disclosure = DisclosureRule.PublishedBySource with { UnreliableBelowDenominator = 0 },
            Caveats = T(
                "Arvio. Osa-alueiden luvut on jaettu postinumeroalueilta pinta-alaosuuksin, joten asumattomille alueille voi kohdistua asukkaita. Sukupuolijako ikäryhmittäin on arvioitu Helsingin vuoden 2010 sukupuolirakenteesta. Vuodet 2015–2019 ja 2024–2025 on jatkettu vuosien 2020–2023 kehityksestä. Paavo kattaa noin 98,5 % virallisesta väkiluvusta.",
                "Uppskattning. Delområdenas siffror har fördelats från postnummerområden efter ytandelar, så även obebodda områden kan få invånare. Könsfördelningen per åldersgrupp är uppskattad från Helsingfors könsstruktur år 2010. Åren 2015–2019 och 2024–2025 har förlängts från utvecklingen 2020–2023. Paavo täcker cirka 98,5 % av det officiella invånarantalet.",
                "Estimate. Sub-district figures are apportioned from postal areas by area shares, so uninhabited land can receive residents. The split by sex within each age band is estimated from Helsinki's 2010 sex structure. 2015–2019 and 2024–2025 are extended from the 2020–2023 trend. Paavo covers about 98.5 % of the official population."),
            Themes = [Theme.LivingConditions],
            TargetGroups = [],
            Agenda2030Targets = ["11.3", "17.18"],
            Licence = "CC BY 4.0 (Statistics Finland); estimates by Welfare Atlas",
            LicenceText = T(
                "CC BY 4.0 (Tilastokeskus); arviot: Welfare Atlas",
                "CC BY 4.0 (Statistikcentralen); uppskattningar: Welfare Atlas",
                "CC BY 4.0 (Statistics Finland); estimates by Welfare Atlas"),
            Synthetic = false,
            Estimate = true,
        };

        yield return Paavo(
            "paavo-tertiary-education",
            T("Korkea-asteen tutkinnon suorittaneet", "Personer med högskoleexamen", "Tertiary-educated residents"),
            T(
                "Alimman korkea-asteen, alemman tai ylemmän korkeakouluasteen tutkinnon suorittaneet, % 18 vuotta täyttäneistä.",
                "Personer med examen på lägsta högre nivå, lägre eller högre högskolenivå, % av personer som fyllt 18 år.",
                "Residents with a lowest-level tertiary, bachelor's or higher university degree, % of residents aged 18 or over."),
            T(
                "Koulutustaso on keskeinen hyvinvoinnin ja terveyden taustatekijä ja alueiden eriytymisen mittari.",
                "Utbildningsnivån är en central bakgrundsfaktor för välfärd och hälsa och ett mått på segregation mellan områden.",
                "Educational attainment is a key determinant of health and welfare and a measure of how areas diverge."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions, Theme.SocialInclusion],
            [],
            ["4.3", "4.4"]);

        yield return Paavo(
            "paavo-basic-education-only",
            T("Vain perusasteen koulutus", "Endast grundläggande utbildning", "Basic education only"),
            T(
                "Henkilöt, joilla ei ole perusasteen jälkeistä tutkintoa, % 18 vuotta täyttäneistä.",
                "Personer utan examen efter grundskolan, % av personer som fyllt 18 år.",
                "Residents with no qualification beyond basic education, % of residents aged 18 or over."),
            T(
                "Pelkän perusasteen varassa olevien riski jäädä työelämän ulkopuolelle ja kokea huono-osaisuutta on moninkertainen.",
                "Personer med endast grundläggande utbildning löper mångdubbel risk att stå utanför arbetslivet och drabbas av utsatthet.",
                "People with basic education only are several times more likely to be out of work and disadvantaged."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions, Theme.SocialInclusion],
            [TargetGroup.Immigrants],
            ["4.4", "4.6"]);

        yield return Paavo(
            "paavo-pensioners",
            T("Eläkeläiset", "Pensionärer", "Pensioners"),
            T(
                "Eläkeläisiksi pääasialliselta toiminnaltaan luokitellut, % asukkaista.",
                "Personer vars huvudsakliga verksamhet är pension, % av invånarna.",
                "Residents whose main type of activity is pensioner, % of all residents."),
            T(
                "Eläkeläisten osuus ennakoi ikääntyneiden palvelujen, kuten kotihoidon, tarvetta.",
                "Andelen pensionärer förutser behovet av äldreomsorg, såsom hemvård.",
                "The share of pensioners anticipates the need for older people's services such as home care."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions],
            [TargetGroup.ElderlyPeople, TargetGroup.DisabledAndLongTermPatients],
            ["1.3", "3.8"]);

        yield return Paavo(
            "paavo-rented-dwellings",
            T("Vuokra-asunnoissa asuvat kotitaloudet", "Hushåll i hyresbostäder", "Households in rented dwellings"),
            T(
                "Vuokra-asunnoissa asuvat kotitaloudet, % kaikista kotitalouksista.",
                "Hushåll som bor i hyresbostäder, % av alla hushåll.",
                "Households living in rented dwellings, % of all households."),
            T(
                "Asumisen hallintamuoto kertoo alueen asukasrakenteesta ja vaihtuvuudesta, jotka vaikuttavat yhteisöllisyyteen ja palvelutarpeeseen.",
                "Upplåtelseformen berättar om områdets invånarstruktur och omsättning, som påverkar gemenskap och servicebehov.",
                "Tenure shows an area's resident structure and turnover, which shape community ties and the need for services."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions],
            [],
            ["11.1"]) with
        {
            DenominatorName = Households,
        };

        yield return Paavo(
            "paavo-one-person-households",
            T("Yhden hengen kotitaloudet", "Enpersonshushåll", "One-person households"),
            T(
                "Yhden hengen kotitaloudet, % kaikista kotitalouksista.",
                "Enpersonshushåll, % av alla hushåll.",
                "One-person households, % of all households."),
            T(
                "Yksin asuminen lisää yksinäisyyden ja avun puutteen riskiä erityisesti ikääntyneillä.",
                "Att bo ensam ökar risken för ensamhet och brist på hjälp, särskilt bland äldre.",
                "Living alone raises the risk of loneliness and of lacking help, especially among older people."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions, Theme.SocialInclusion],
            [TargetGroup.ElderlyPeople],
            ["11.1", "10.2"]) with
        {
            DenominatorName = Households,
        };

        yield return Paavo(
            "paavo-single-parent-households",
            T("Yhden vanhemman lapsiperheet", "Barnfamiljer med en förälder", "Single-parent families"),
            T(
                "Yhden vanhemman lapsiperhekotitaloudet, % kaikista lapsiperhekotitalouksista.",
                "Hushåll med barn och en förälder, % av alla hushåll med barn.",
                "One-parent households with children, % of all households with children."),
            T(
                "Yhden vanhemman perheissä pienituloisuus ja lastensuojelun tarve ovat yleisempiä kuin kahden vanhemman perheissä.",
                "I familjer med en förälder är låg inkomst och behov av barnskydd vanligare än i familjer med två föräldrar.",
                "Low income and the need for child welfare are more common in single-parent families than in two-parent families."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.LivingConditions, Theme.Finances],
            [TargetGroup.ChildrenAndFamilies],
            ["1.2", "10.2"]) with
        {
            DenominatorName = T("Lapsiperheet", "Barnfamiljer", "Households with children"),
        };
    }

    /// <summary>The denominator of the shares of households (a property, not a field: the partial class's fields initialise in no set order).</summary>
    private static LocalisedText Households => T("Kotitaloudet", "Hushåll", "Households");

    private static Indicator Paavo(
        string id,
        LocalisedText name,
        LocalisedText definition,
        LocalisedText rationale,
        Measure measure,
        LocalisedText unit,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<TargetGroup> targetGroups,
        IReadOnlyList<string> agenda2030) => new()
        {
            Id = Id(id),
            Name = name,
            Definition = definition,
            Rationale = rationale,
            Source = PaavoSource,
            Unit = unit,
            Measure = measure,
            Multiplier = measure == Measure.Proportion ? 100 : 1,
            Frequency = Frequency.Yearly,
            DeliveredBy = AreaType.PostalArea,
            Disclosure = DisclosureRule.PublishedBySource,
            Caveats = T(
                "Todellinen aineisto. Postinumeroalueet eivät noudata piirijakoa: piireihin ja osa-alueille luvut on kohdistettu pinta-alaosuuksin. Tilastokeskus salaa alle 30 asukkaan alueiden tiedot. Tiedot koskevat vuoden loppua; koulutus- ja tulotiedot ovat edellisvuodelta.",
                "Verkliga data. Postnummerområdena följer inte distriktsindelningen: till distrikt och delområden har siffrorna fördelats efter ytandelar. Statistikcentralen döljer uppgifter för områden med färre än 30 invånare. Uppgifterna gäller årets slut; utbildnings- och inkomstuppgifterna gäller föregående år.",
                "Real data. Postal areas do not follow the district division: figures for districts and sub-districts are apportioned by area shares. Statistics Finland hides areas with fewer than 30 residents. Figures refer to the end of the year; education and income refer to the previous year."),
            Themes = themes,
            TargetGroups = targetGroups,
            Agenda2030Targets = agenda2030,
            Licence = "CC BY 4.0 (Statistics Finland)",
            LicenceText = T("CC BY 4.0 (Tilastokeskus)", "CC BY 4.0 (Statistikcentralen)", "CC BY 4.0 (Statistics Finland)"),
            Synthetic = false,
        };
}
