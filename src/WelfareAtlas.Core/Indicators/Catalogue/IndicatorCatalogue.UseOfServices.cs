using WelfareAtlas.Areas;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Use of services: child welfare, screening, home care and vaccination from the city's registers.</content>
public static partial class IndicatorCatalogue
{
    private static IEnumerable<Indicator> UseOfServices()
    {
        yield return Demo(
            "child-welfare-notifications",
            T("Lapset, joista on tehty lastensuojeluilmoitus", "Barn som det gjorts barnskyddsanmälan om", "Children subject to a child-welfare notification"),
            T(
                "Lapset, joista on tehty vähintään yksi lastensuojeluilmoitus vuoden aikana, % alueen 0–17-vuotiaista.",
                "Barn om vilka minst en barnskyddsanmälan gjorts under året, % av områdets 0–17-åringar.",
                "Children about whom at least one child-welfare notification was made during the year, % of the area's residents aged 0–17."),
            T(
                "Ilmoitukset kertovat lasten ja perheiden kuormituksesta ja ohjaavat ennaltaehkäisevien perhepalvelujen kohdentamista.",
                "Anmälningarna visar belastningen på barn och familjer och hjälper att rikta förebyggande familjetjänster.",
                "Notifications show the strain on children and families and help target preventive family services."),
            T(
                "kaupungin lastensuojelun asiakastietojärjestelmän vuosipoiminta osa-alueittain (CSV)",
                "ett årligt uttag ur stadens klientdatasystem för barnskyddet per delområde (CSV)",
                "a yearly extract of the city's child-welfare client system by sub-district (CSV)"),
            T("% 0–17-vuotiaista", "% av 0–17-åringar", "% of residents aged 0–17"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.Sensitive,
            T(
                "Ilmoitusten määrä riippuu myös ilmoittajien (koulut, poliisi, terveydenhuolto) aktiivisuudesta, ei vain lasten tilanteesta.",
                "Antalet anmälningar beror också på hur aktiva anmälarna (skolor, polis, hälso- och sjukvård) är, inte bara på barnens situation.",
                "The number of notifications also depends on how active the notifiers (schools, police, health care) are, not only on children's circumstances."),
            [Theme.UseOfServices, Theme.SocialInclusion],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["16.2", "1.3"]);

        yield return Demo(
            "cervical-screening",
            T("Kohdunkaulan syövän seulontaan osallistuneet", "Deltagare i screening för livmoderhalscancer", "Cervical screening participation"),
            T(
                "Kohdunkaulan syövän seulontaan kutsutuista 30–60-vuotiaista naisista seulontaan osallistuneet, % kutsutuista.",
                "Kvinnor i åldern 30–60 år som kallats till screening för livmoderhalscancer och deltagit, % av de kallade.",
                "Women aged 30–60 invited to cervical cancer screening who attended, % of those invited."),
            T(
                "Seulonta ehkäisee kohdunkaulan syöpää; matala osallistuminen kertoo palvelujen saavutettavuuden ja terveystiedon eroista.",
                "Screening förebygger livmoderhalscancer; lågt deltagande visar skillnader i tjänsternas tillgänglighet och hälsokunskap.",
                "Screening prevents cervical cancer; low attendance shows gaps in the reach of services and in health literacy."),
            T(
                "seulontarekisterin vuosittainen kutsu- ja osallistumistieto osa-alueittain (Excel)",
                "screeningregistrets årliga uppgifter om kallelser och deltagande per delområde (Excel)",
                "the screening register's yearly invitation and attendance data by sub-district (Excel)"),
            T("% kutsutuista", "% av de kallade", "% of women invited"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Kutsutaan viiden vuoden välein 30–60-vuotiaat, joten vuoden kutsuttuja on noin viidennes ikäryhmän naisista. Yksityisellä sektorilla otetut näytteet puuttuvat.",
                "Kvinnor i åldern 30–60 år kallas vart femte år, så årets kallade är ungefär en femtedel av kvinnorna i åldersgruppen. Prov tagna inom den privata sektorn saknas.",
                "Women aged 30–60 are invited every five years, so a year's invitees are about a fifth of the women of that age. Tests taken privately are missing."),
            [Theme.UseOfServices],
            [TargetGroup.Immigrants],
            ["3.4", "3.8"]) with
        {
            DenominatorName = T("Kutsutut", "Kallade", "Women invited"),
        };

        yield return Demo(
            "home-care-75",
            T("Säännöllisen kotihoidon asiakkaat, 75 vuotta täyttäneet", "Klienter inom regelbunden hemvård, 75 år och äldre", "Regular home-care clients aged 75+"),
            T(
                "Säännöllisen kotihoidon asiakkaana marraskuun lopussa olleet 75 vuotta täyttäneet, % alueen 75 vuotta täyttäneistä.",
                "Personer som fyllt 75 år och var klienter inom regelbunden hemvård i slutet av november, % av områdets invånare som fyllt 75 år.",
                "Residents aged 75 or over who were regular home-care clients at the end of November, % of the area's residents aged 75 or over."),
            T(
                "Kotihoidon kattavuus kertoo ikääntyneiden avuntarpeesta ja kotona asumisen tukemisesta.",
                "Hemvårdens täckning visar de äldres hjälpbehov och stödet för att bo hemma.",
                "Home-care coverage shows older people's need for help and the support for living at home."),
            T(
                "kaupungin kotihoidon asiakastietojärjestelmän laskentapäivän poiminta osa-alueittain (CSV)",
                "ett uttag på räknedagen ur stadens klientdatasystem för hemvården per delområde (CSV)",
                "a census-day extract of the city's home-care client system by sub-district (CSV)"),
            T("% 75+ -vuotiaista", "% av 75+-åringar", "% of residents aged 75+"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Korkea osuus voi tarkoittaa suurta avuntarvetta tai hyvää palvelujen saatavuutta; polariteetti riippuu profiilista.",
                "En hög andel kan betyda stort hjälpbehov eller god tillgång till tjänster; polariteten beror på profilen.",
                "A high share can mean a great need for help or good access to services; its polarity depends on the profile."),
            [Theme.UseOfServices],
            [TargetGroup.ElderlyPeople, TargetGroup.DisabledAndLongTermPatients],
            ["3.8"]);

        yield return Demo(
            "influenza-vaccination-65",
            T("Influenssarokotuskattavuus, 65 vuotta täyttäneet", "Vaccinationstäckning mot influensa, 65 år och äldre", "Influenza vaccination coverage, aged 65+"),
            T(
                "Kauden aikana influenssarokotuksen saaneet 65 vuotta täyttäneet, % alueen 65 vuotta täyttäneistä; vuosi on kauden alkamisvuosi.",
                "Personer som fyllt 65 år och fått influensavaccin under säsongen, % av områdets invånare som fyllt 65 år; året är säsongens startår.",
                "Residents aged 65 or over vaccinated against influenza in the season, % of the area's residents aged 65 or over; the year is the season's first year."),
            T(
                "Rokotus suojaa ikääntyneitä vakavalta influenssalta; kattavuuden erot kertovat palvelujen saavutettavuudesta.",
                "Vaccinet skyddar äldre mot svår influensa; skillnader i täckning visar tjänsternas tillgänglighet.",
                "Vaccination protects older people from severe influenza; gaps in coverage show how well services reach people."),
            T(
                "rokotusrekisterin kausittainen poiminta osa-alueittain (CSV)",
                "ett säsongsuttag ur vaccinationsregistret per delområde (CSV)",
                "a seasonal extract of the vaccination register by sub-district (CSV)"),
            T("% 65+ -vuotiaista", "% av 65+-åringar", "% of residents aged 65+"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Työterveyshuollossa ja apteekeissa annetut rokotukset kirjautuvat todellisessa aineistossa viiveellä.",
                "I verkliga data registreras vaccinationer som getts inom företagshälsovården och på apotek med fördröjning.",
                "In real data vaccinations given by occupational health services and pharmacies are recorded with a delay."),
            [Theme.UseOfServices],
            [TargetGroup.ElderlyPeople, TargetGroup.DisabledAndLongTermPatients],
            ["3.8", "3.3"]);
    }
}
