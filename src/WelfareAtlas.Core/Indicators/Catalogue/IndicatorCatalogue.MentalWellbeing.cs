using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Mental wellbeing: the youth chat, and Sotkanet's municipal mental-health indicators.</content>
public static partial class IndicatorCatalogue
{
    /// <summary>A topic of the youth chat (the free dimension <c>topic</c>) with its words.</summary>
    private static CategoryName Topic(string code, LocalisedText name) => new("topic", code, name);

    private static IEnumerable<Indicator> MentalWellbeing()
    {
        yield return Demo(
            "youth-chat-conversations",
            T("Nuorten chat-keskustelut aiheittain", "Ungas chattsamtal efter ämne", "Youth chat conversations by topic"),
            T(
                "Nuorten anonyymin kriisichatin keskustelut kuukauden aikana, joissa nuori on ilmoittanut postinumeronsa, aiheen mukaan (yksinäisyys, ahdistus, itsetuhoisuus, perhe, koulu, ihmissuhteet), 1 000:ta 13–24-vuotiasta kohden.",
                "Samtal under månaden i en anonym krischatt för unga där den unga uppgett sitt postnummer, efter ämne (ensamhet, ångest, självskada, familj, skola, relationer), per 1 000 invånare i åldern 13–24 år.",
                "Conversations in the month in an anonymous crisis chat for young people who gave their postal code, by topic (loneliness, anxiety, self-harm, family, school, relationships), per 1,000 residents aged 13–24."),
            T(
                "Nuorten itse esiin nostamat huolet kertovat mielen hyvinvoinnista nopeammin kuin palvelujen käyttö, ja aiheiden muutos auttaa kohdentamaan ennaltaehkäisevää työtä.",
                "De bekymmer unga själva tar upp visar det psykiska välbefinnandet snabbare än användningen av tjänster, och förändringar i ämnena hjälper att rikta förebyggande arbete.",
                "The worries young people raise themselves show mental wellbeing sooner than service use, and shifts between topics help target preventive work."),
            T(
                "järjestön ylläpitämän nuorten kriisichatin kuukausittainen postinumero- ja aiheluokittelu PUHTI-hankkeelle (CSV)",
                "en organisations krischatt för unga: månatlig klassificering efter postnummer och ämne till PUHTI-projektet (CSV)",
                "a charity's youth crisis chat, monthly classification by postal code and topic for the PUHTI project (CSV)"),
            T("keskustelua / 1 000 13–24-vuotiasta / kk", "samtal / 1 000 13–24-åringar / mån", "conversations per 1,000 aged 13–24 a month"),
            Measure.CrudeRate,
            1000,
            Frequency.Monthly,
            AreaType.PostalArea,
            DisclosureRule.Sensitive,
            T(
                "Luvut ovat pieniä: yksittäisen alueen kuukausi vaihtelee sattumalta paljon, joten tulkitse trendejä ja yhdistettyjä jaksoja. Sama nuori voi keskustella monta kertaa. Vain osa nuorista kertoo postinumeronsa, ja nimittäjän ikäryhmä on arvio chatin käyttäjistä.",
                "Talen är små: en enskild månad i ett område varierar mycket av slumpen, så tolka trender och sammanslagna perioder. Samma unga kan chatta många gånger. Endast en del av de unga uppger sitt postnummer, och nämnarens åldersgrupp är en uppskattning av chattens användare.",
                "The counts are small: one area's month varies a lot by chance, so read trends and pooled periods. The same young person may chat many times. Only some young people give their postal code, and the denominator's age group is an estimate of the chat's users."),
            [Theme.MentalWellbeing],
            [TargetGroup.YoungPeople, TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["3.4", "16.2"]) with
        {
            CategoryNames =
            [
                Topic("loneliness", T("yksinäisyys", "ensamhet", "loneliness")),
                Topic("anxiety", T("ahdistus", "ångest", "anxiety")),
                Topic("self-harm", T("itsetuhoisuus", "självskada", "self-harm")),
                Topic("family", T("perhe", "familj", "family")),
                Topic("school", T("koulu", "skola", "school")),
                Topic("relationships", T("ihmissuhteet", "relationer", "relationships")),
            ],
            DenominatorName = T("13–24-vuotiaat (arvio)", "13–24-åringar (uppskattning)", "Aged 13–24 (estimate)"),
        };

        yield return Sotkanet(
            "sotkanet-depression-medication",
            2358,
            T("Depressiolääkkeistä korvausta saaneet 18–64-vuotiaat (kunnat)", "18–64-åringar som fått ersättning för antidepressiva läkemedel (kommuner)", "People aged 18–64 reimbursed for antidepressants (municipalities)"),
            T(
                "Depressiolääkkeistä Kelan korvausta vuoden aikana saaneet 18–64-vuotiaat, 1 000:ta vastaavanikäistä kohden, kunnittain.",
                "Personer i åldern 18–64 år som under året fått FPA-ersättning för antidepressiva läkemedel, per 1 000 i samma ålder, per kommun.",
                "People aged 18–64 who received Kela reimbursement for antidepressants during the year, per 1,000 of the same age, by municipality."),
            T(
                "Kuvaa hoidetun masennuksen yleisyyttä työikäisillä kaupunkien välillä.",
                "Beskriver hur vanlig behandlad depression är bland personer i arbetsför ålder i olika städer.",
                "Shows how common treated depression is among working-age adults across cities."),
            T("/ 1 000 18–64-vuotiasta", "/ 1 000 18–64-åringar", "per 1,000 aged 18–64"),
            1,
            [Theme.MentalWellbeing, Theme.UseOfServices],
            [TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["3.4"]);

        yield return Sotkanet(
            "sotkanet-psychiatric-care-0-17",
            4,
            T("Mielenterveyden häiriöihin sairaalahoitoa saaneet 0–17-vuotiaat (kunnat)", "0–17-åringar som fått sjukhusvård för psykiska störningar (kommuner)", "People aged 0–17 in hospital care for mental disorders (municipalities)"),
            T(
                "Mielenterveyden häiriöiden vuoksi sairaalahoidossa vuoden aikana olleet 0–17-vuotiaat, 1 000:ta vastaavanikäistä kohden, kunnittain.",
                "Personer i åldern 0–17 år som under året vårdats på sjukhus för psykiska störningar, per 1 000 i samma ålder, per kommun.",
                "People aged 0–17 treated in hospital for mental disorders during the year, per 1,000 of the same age, by municipality."),
            T(
                "Lasten ja nuorten vakavien mielenterveyden häiriöiden ja erikoissairaanhoidon kuormituksen mittari.",
                "Ett mått på allvarliga psykiska störningar hos barn och unga och på belastningen inom den specialiserade sjukvården.",
                "A measure of serious mental disorders in children and young people and of the load on specialist care."),
            T("/ 1 000 0–17-vuotiasta", "/ 1 000 0–17-åringar", "per 1,000 aged 0–17"),
            1,
            [Theme.MentalWellbeing, Theme.UseOfServices],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.YoungPeople],
            ["3.4"]);
    }
}
