using WelfareAtlas.Areas;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Physical activity: sports-club licence holders.</content>
public static partial class IndicatorCatalogue
{
    private static IEnumerable<Indicator> PhysicalActivity()
    {
        yield return Demo(
            "sports-licences",
            T("Urheiluseuran lisenssin haltijat", "Licensinnehavare i idrottsföreningar", "Sports-club licence holders"),
            T(
                "Lajiliiton kilpailu- tai harrastelisenssin vuoden aikana lunastaneet, % ikäryhmän asukkaista, ikäryhmissä 7–17 ja 18–29 vuotta sukupuolen mukaan.",
                "Personer som under året löst en tävlings- eller motionslicens i ett grenförbund, % av invånarna i åldersgruppen, i åldrarna 7–17 och 18–29 år efter kön.",
                "Residents who held a sports federation's competition or hobby licence during the year, % of the age group, for ages 7–17 and 18–29 by sex."),
            T(
                "Seuraharrastus tukee liikunnallista elämäntapaa, kaverisuhteita ja osallisuutta; harrastamisen hinta jakaa lapsia tulotason mukaan.",
                "Föreningsidrott stöder en fysiskt aktiv livsstil, kamratrelationer och delaktighet; kostnaden delar barnen efter inkomstnivå.",
                "Club sport supports an active lifestyle, friendships and inclusion; its cost divides children by family income."),
            T(
                "urheilun kattojärjestön vuosittainen lisenssitilasto postinumeroalueittain PUHTI-hankkeelle (CSV)",
                "idrottens takorganisations årliga licensstatistik per postnummerområde till PUHTI-projektet (CSV)",
                "the national sports umbrella organisation's yearly licence statistics by postal area to the PUHTI project (CSV)"),
            T("% ikäryhmästä", "% av åldersgruppen", "% of the age group"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.PostalArea,
            DisclosureRule.PersonRegister,
            T(
                "Lisenssi kattaa vain ohjatun kilpa- ja seuraurheilun, ei omaehtoista liikuntaa. Sama henkilö voi olla usean lajin lisenssin haltija, mutta hänet lasketaan kerran.",
                "Licensen täcker bara organiserad tävlings- och föreningsidrott, inte egen motion. En person kan ha licens i flera grenar men räknas en gång.",
                "A licence covers only organised competitive and club sport, not exercise on one's own. A person may hold licences in several sports but is counted once."),
            [Theme.PhysicalActivity, Theme.SocialInclusion],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.YoungPeople],
            ["3.4", "11.7"]);
    }
}
