using WelfareAtlas.Areas;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Finances and livelihood: unemployment, income, payment defaults, social assistance.</content>
public static partial class IndicatorCatalogue
{
    private static IEnumerable<Indicator> Finances()
    {
        yield return Paavo(
            "paavo-unemployment-rate",
            T("Työttömyysaste", "Arbetslöshetsgrad", "Unemployment rate"),
            T(
                "Työttömät, % työvoimasta (työlliset ja työttömät) pääasiallisen toiminnan mukaan vuoden lopussa.",
                "Arbetslösa, % av arbetskraften (sysselsatta och arbetslösa) enligt huvudsaklig verksamhet vid årets slut.",
                "Unemployed residents, % of the labour force (employed and unemployed) by main type of activity at the end of the year."),
            T(
                "Työttömyys heikentää toimeentuloa, terveyttä ja osallisuutta ja on alueellisen huono-osaisuuden keskeinen mittari.",
                "Arbetslöshet försämrar försörjning, hälsa och delaktighet och är ett centralt mått på områdesvis utsatthet.",
                "Unemployment weakens livelihood, health and inclusion and is a core measure of area deprivation."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.Finances, Theme.SocialInclusion],
            [TargetGroup.Immigrants, TargetGroup.YoungPeople],
            ["8.5", "8.6"]) with
        {
            DenominatorName = T("Työvoima", "Arbetskraft", "Labour force"),
        };

        Indicator medianIncome = Paavo(
            "paavo-median-income",
            T("Asukkaiden mediaanitulot", "Invånarnas medianinkomst", "Median income of residents"),
            T(
                "18 vuotta täyttäneiden asukkaiden käytettävissä olevien rahatulojen mediaani, euroa vuodessa.",
                "Medianen av disponibla penninginkomster för invånare som fyllt 18 år, euro per år.",
                "Median disposable monetary income of residents aged 18 or over, euros a year."),
            T(
                "Tulotaso kuvaa alueen asukkaiden taloudellisia voimavaroja ja alueiden välisiä tuloeroja.",
                "Inkomstnivån beskriver invånarnas ekonomiska resurser och inkomstskillnaderna mellan områden.",
                "Income level describes residents' economic resources and the income gaps between areas."),
            Measure.Value,
            T("€/vuosi", "€/år", "€ a year"),
            [Theme.Finances],
            [],
            ["10.1", "1.2"]);
        yield return medianIncome with
        {
            Caveats = T(
                $"{medianIncome.Caveats.Fi} Arvo on vain postinumeroalueille: mediaaneja ei voi laskea yhteen eikä keskiarvoistaa alueiden mediaaniksi, eikä Paavon aineistossa ole koko Helsingin mediaania. Osa-alueilla, piireillä ja kaupungilla ei siksi ole arvoa, eikä postinumeroaluetta verrata kaupunkiin.",
                $"{medianIncome.Caveats.Sv} Värdet finns endast för postnummerområden: medianer kan inte summeras eller medelvärdesbildas till ett områdes median, och Paavo har ingen median för hela Helsingfors. Delområden, distrikt och staden saknar därför värde, och postnummerområden jämförs inte med staden.",
                $"{medianIncome.Caveats.En} The value exists for postal areas only: medians can neither be summed nor averaged into an area's median, and Paavo has no median for Helsinki as a whole. Sub-districts, districts and the city therefore have no value, and a postal area is not compared with the city."),
        };

        yield return Paavo(
            "paavo-low-income",
            T("Alimpaan tuloluokkaan kuuluvat", "Personer i den lägsta inkomstklassen", "Residents in the lowest income class"),
            T(
                "Koko maan alimpaan tulokolmannekseen kuuluvat 18 vuotta täyttäneet asukkaat, % 18 vuotta täyttäneistä.",
                "Invånare som fyllt 18 år och hör till den lägsta inkomsttredjedelen i hela landet, % av invånare som fyllt 18 år.",
                "Residents aged 18 or over in the lowest national income third, % of residents aged 18 or over."),
            T(
                "Pienituloisuus on köyhyyden ja terveyserojen keskeinen riskitekijä.",
                "Låg inkomst är en central riskfaktor för fattigdom och hälsoskillnader.",
                "Low income is a core risk factor for poverty and health inequalities."),
            Measure.Proportion,
            T("%", "%", "%"),
            [Theme.Finances],
            [TargetGroup.Immigrants, TargetGroup.ElderlyPeople],
            ["1.2", "10.2"]);

        yield return Demo(
            "payment-defaults",
            T("Maksuhäiriömerkinnän saaneet", "Personer med betalningsanmärkning", "Residents with a payment default record"),
            T(
                "Henkilöt, joilla on voimassa oleva maksuhäiriömerkintä vuosineljänneksen lopussa, % saman ikäryhmän asukkaista (18 vuotta täyttäneet), sukupuolen ja ikäryhmän mukaan.",
                "Personer med en gällande betalningsanmärkning vid kvartalets slut, % av invånarna i samma åldersgrupp (personer som fyllt 18 år), efter kön och åldersgrupp.",
                "Residents with a valid payment default record at the end of the quarter, % of the residents of the same age group (aged 18 or over), by sex and age band."),
            T(
                "Maksuhäiriöt kertovat velkaantumisesta ja taloudellisesta ahdingosta, joka heikentää asumista, työllistymistä ja mielen hyvinvointia.",
                "Betalningsanmärkningar visar skuldsättning och ekonomisk knipa som försvagar boende, sysselsättning och psykiskt välbefinnande.",
                "Payment defaults show over-indebtedness and financial distress, which harm housing, employment and mental wellbeing."),
            T(
                "luottotietoyhtiön neljännesvuosittainen postinumeroaluetoimitus PUHTI-hankkeelle (Excel)",
                "kreditupplysningsföretagets kvartalsvisa leverans per postnummerområde till PUHTI-projektet (Excel)",
                "a credit bureau's quarterly delivery by postal area to the PUHTI project (Excel)"),
            T("% ikäryhmästä", "% av åldersgruppen", "% of the age group"),
            Measure.Proportion,
            100,
            Frequency.Quarterly,
            AreaType.PostalArea,
            DisclosureRule.PersonRegister,
            T(
                "Todellisessa aineistossa nimittäjä tulee väestöarviosta, ei luottotietoyhtiöltä.",
                "I verkliga data kommer nämnaren från befolkningsuppskattningen, inte från kreditupplysningsföretaget.",
                "In real data the denominator comes from the population estimate, not from the credit bureau."),
            [Theme.Finances],
            [TargetGroup.YoungPeople, TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["1.2", "10.2"]);

        yield return Demo(
            "social-assistance-recipients",
            T("Toimeentulotuen saajat", "Mottagare av utkomststöd", "Social assistance recipients"),
            T(
                "Perus-, täydentävää tai ehkäisevää toimeentulotukea vuoden aikana saaneet henkilöt, % asukkaista.",
                "Personer som under året fått grundläggande, kompletterande eller förebyggande utkomststöd, % av invånarna.",
                "Persons who received basic, supplementary or preventive social assistance during the year, % of residents."),
            T(
                "Toimeentulotuki on viimesijainen etuus; sen saajien osuus on alueellisen huono-osaisuuden herkin mittari.",
                "Utkomststöd är en förmån i sista hand; andelen mottagare är det känsligaste måttet på områdesvis utsatthet.",
                "Social assistance is the benefit of last resort; the share of recipients is the most sensitive measure of area deprivation."),
            T(
                "kaupungin sosiaalipalvelujen ja Kelan rekisteritiedot osa-alueittain (Excel)",
                "stadens socialtjänsts och FPA:s registeruppgifter per delområde (Excel)",
                "the city's social services and Kela register data by sub-district (Excel)"),
            T("% asukkaista", "% av invånarna", "% of residents"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Todellisissa tiedoissa perustoimeentulotuki siirtyi Kelaan vuonna 2017, mikä katkaisee aikasarjan.",
                "I verkliga data överfördes det grundläggande utkomststödet till FPA år 2017, vilket bryter tidsserien.",
                "In real data basic social assistance moved to Kela in 2017, which breaks the time series."),
            [Theme.Finances, Theme.UseOfServices],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.Immigrants, TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["1.2", "1.3", "10.2"]);

        yield return Demo(
            "unemployed-jobseekers",
            T("Työttömät työnhakijat", "Arbetslösa arbetssökande", "Unemployed jobseekers"),
            T(
                "Työttömät työnhakijat vuoden lopussa, % 18–64-vuotiaista asukkaista.",
                "Arbetslösa arbetssökande vid årets slut, % av invånarna i åldern 18–64 år.",
                "Unemployed jobseekers at the end of the year, % of residents aged 18–64."),
            T(
                "Työnvälitysrekisterin työttömyys päivittyy nopeammin kuin Paavon työttömyysaste ja kattaa kaikki osa-alueet.",
                "Arbetslösheten enligt arbetsförmedlingsregistret uppdateras snabbare än Paavos arbetslöshetsgrad och täcker alla delområden.",
                "Unemployment from the employment service register is more current than Paavo's rate and covers every sub-district."),
            T(
                "kaupungin työllisyyspalvelujen työnhakijarekisterin poiminta osa-alueittain (CSV)",
                "ett uttag ur stadens sysselsättningstjänsters register över arbetssökande per delområde (CSV)",
                "an extract of the city employment services' jobseeker register by sub-district (CSV)"),
            T("% 18–64-vuotiaista", "% av 18–64-åringar", "% of residents aged 18–64"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Nimittäjä on väestö eikä työvoima, joten luku on pienempi kuin työttömyysaste.",
                "Nämnaren är befolkningen, inte arbetskraften, så talet är lägre än arbetslöshetsgraden.",
                "The denominator is the population, not the labour force, so the figure is lower than an unemployment rate."),
            [Theme.Finances, Theme.SocialInclusion],
            [TargetGroup.Immigrants, TargetGroup.YoungPeople],
            ["8.5", "8.6"]);

        yield return Sotkanet(
            "sotkanet-social-assistance",
            493,
            T("Toimeentulotukea saaneet henkilöt (kunnat)", "Personer som fått utkomststöd (kommuner)", "Persons who received social assistance (municipalities)"),
            T(
                "Vuoden aikana toimeentulotukea saaneet henkilöt, % asukkaista, kunnittain.",
                "Personer som fått utkomststöd under året, % av invånarna, per kommun.",
                "Persons who received social assistance during the year, % of residents, by municipality."),
            T(
                "Helsingin vertailu muihin suuriin kaupunkeihin samalla määritelmällä.",
                "Jämförelse av Helsingfors med andra stora städer med samma definition.",
                "Compares Helsinki with other large cities on the same definition."),
            T("% asukkaista", "% av invånarna", "% of residents"),
            1,
            [Theme.Finances],
            [],
            ["1.2", "1.3"]);

        yield return Sotkanet(
            "sotkanet-unemployment",
            181,
            T("Työttömät, % työvoimasta (kunnat)", "Arbetslösa, % av arbetskraften (kommuner)", "Unemployed, % of the labour force (municipalities)"),
            T(
                "Työttömät, % työvoimasta vuoden lopussa, kunnittain (Tilastokeskuksen työssäkäyntitilasto Sotkanetin kautta).",
                "Arbetslösa, % av arbetskraften vid årets slut, per kommun (Statistikcentralens sysselsättningsstatistik via Sotkanet).",
                "Unemployed, % of the labour force at the end of the year, by municipality (Statistics Finland's employment statistics through Sotkanet)."),
            T(
                "Kaupunkien välinen työttömyysvertailu pitkänä aikasarjana.",
                "Jämförelse av arbetslösheten mellan städer som lång tidsserie.",
                "Compares unemployment between cities over a long series."),
            T("% työvoimasta", "% av arbetskraften", "% of the labour force"),
            1,
            [Theme.Finances, Theme.SocialInclusion],
            [],
            ["8.5"]);
    }
}
