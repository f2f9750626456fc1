using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Nutrition: grocery purchases by postal area, as a grocery chain's loyalty-card data would be delivered.</content>
public static partial class IndicatorCatalogue
{
    private static readonly LocalisedText GroceryDelivery = new(
        "päivittäistavarakaupan kanta-asiakasostojen kuukausittainen postinumeroaluetoimitus PUHTI-hankkeelle (CSV)",
        "dagligvaruhandelns månatliga leverans av stamkundsinköp per postnummerområde till PUHTI-projektet (CSV)",
        "a grocery retailer's monthly delivery of loyalty-card purchases by postal area to the PUHTI project (CSV)");

    private static readonly LocalisedText GroceryCaveats = new(
        "Todellisessa aineistossa vain kanta-asiakkaiden ostot ovat mukana, ja ostot kohdistuvat asiakkaan kotipostinumeroon, eivät kauppaan. Alle 200 ostoskorin kuukaudet on salattu. Osuus on luokan eurot jaettuna ruokaostojen euroilla; osa-alueiden, piirien ja kaupungin osuudet lasketaan yhteenlasketuista euroista. Luottamusväli käsittelee jokaista euroa erillisenä havaintona ja on siksi liian kapea: ostokset tulevat ostoskoreina, joten jo prosenttiyksikön murto-osan erot näkyvät merkitsevinä.",
        "I verkliga data ingår endast stamkundernas inköp, och inköpen hänförs till kundens hempostnummer, inte till butiken. Månader med färre än 200 varukorgar är dolda. Andelen är kategorins euro delat med livsmedelsinköpens euro; delområdenas, distriktens och stadens andelar räknas ur de summerade eurona. Konfidensintervallet behandlar varje euro som en egen observation och är därför för smalt: inköpen kommer i varukorgar, så redan skillnader på en bråkdel av en procentenhet visas som signifikanta.",
        "In real data only loyalty-card purchases are included, attributed to the customer's home postal code, not to the shop. Months with fewer than 200 baskets are hidden. The share is the category's euros over food euros; the shares of sub-districts, districts and the city are computed from the summed euros. The confidence interval treats every euro as a separate observation and is therefore too narrow: purchases come in baskets, so even differences of a fraction of a percentage point show as significant.");

    private static IEnumerable<Indicator> Nutrition()
    {
        yield return Grocery(
            "grocery-vegetables-fruit",
            T("Kasvisten ja hedelmien osuus ruokaostoista", "Grönsakers och frukters andel av livsmedelsinköpen", "Vegetables and fruit, share of food spending"),
            T("kasvisten, hedelmien ja marjojen", "grönsaker, frukt och bär", "vegetables, fruit and berries"),
            T(
                "Runsas kasvisten ja hedelmien käyttö on terveellisen ruokavalion ydin ja ehkäisee sydän- ja verisuonitauteja.",
                "Riklig konsumtion av grönsaker och frukt är kärnan i en hälsosam kost och förebygger hjärt- och kärlsjukdomar.",
                "Plenty of vegetables and fruit is the core of a healthy diet and prevents cardiovascular disease."),
            [Theme.Nutrition],
            [TargetGroup.ChildrenAndFamilies],
            ["2.2", "3.4"]);

        yield return Grocery(
            "grocery-sugary-drinks",
            T("Sokeroitujen juomien osuus ruokaostoista", "Sockrade drycker, andel av livsmedelsinköpen", "Sugary drinks, share of food spending"),
            T("sokeroitujen virvoitus-, mehu- ja energiajuomien", "sockrade läsk-, saft- och energidrycker", "sugar-sweetened soft drinks, juice drinks and energy drinks"),
            T(
                "Sokeroidut juomat ovat lasten ja nuorten ylipainon ja hammaskarieksen merkittävä syy.",
                "Sockrade drycker är en betydande orsak till övervikt och karies hos barn och unga.",
                "Sugary drinks are a major cause of overweight and dental caries in children and young people."),
            [Theme.Nutrition],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.YoungPeople],
            ["3.4", "2.2"]);

        yield return Grocery(
            "grocery-sweets",
            T("Makeisten osuus ruokaostoista", "Godis, andel av livsmedelsinköpen", "Sweets, share of food spending"),
            T("makeisten, suklaan ja keksien", "godis, choklad och kex", "sweets, chocolate and biscuits"),
            T(
                "Runsas sokerin saanti syrjäyttää ravintoaineita ja lisää ylipainoa.",
                "Ett högt sockerintag tränger undan näringsämnen och ökar övervikt.",
                "A high sugar intake crowds out nutrients and adds to overweight."),
            [Theme.Nutrition],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.YoungPeople],
            ["3.4"]);

        yield return Grocery(
            "grocery-alcohol",
            T("Alkoholijuomien osuus ruokaostoista", "Alkoholdrycker, andel av livsmedelsinköpen", "Alcoholic drinks, share of food spending"),
            T("päivittäistavarakaupasta ostettujen alkoholijuomien (enintään 8 %)", "alkoholdrycker köpta i dagligvaruhandeln (högst 8 %)", "alcoholic drinks bought in grocery shops (at most 8 % alcohol)"),
            T(
                "Alkoholin kulutus on merkittävä terveyden, turvallisuuden ja lasten hyvinvoinnin riskitekijä.",
                "Alkoholkonsumtion är en betydande riskfaktor för hälsa, säkerhet och barns välbefinnande.",
                "Alcohol consumption is a major risk to health, safety and children's welfare."),
            [Theme.Nutrition, Theme.MentalWellbeing],
            [TargetGroup.MentalHealthHomelessSubstanceUsers],
            ["3.5"]);
    }

    private static Indicator Grocery(
        string id,
        LocalisedText name,
        LocalisedText products,
        LocalisedText rationale,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<TargetGroup> targetGroups,
        IReadOnlyList<string> agenda2030) => Demo(
            id,
            name,
            T(
                $"Alueen asukkaiden {products.Fi} ostot, % kaikista ruokaostoista euroina kuukauden aikana.",
                $"Invånarnas inköp av {products.Sv}, % av alla livsmedelsinköp i euro under månaden.",
                $"Residents' spending on {products.En}, % of all food spending in euros in the month."),
            rationale,
            GroceryDelivery,
            T("% ruokaostoista (€)", "% av livsmedelsinköpen (€)", "% of food spending (€)"),
            Measure.Proportion,
            100,
            Frequency.Monthly,
            AreaType.PostalArea,
            DisclosureRule.Aggregate,
            GroceryCaveats,
            themes,
            targetGroups,
            agenda2030);
}
