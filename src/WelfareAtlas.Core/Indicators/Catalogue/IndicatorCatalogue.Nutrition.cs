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
        "Todellisessa aineistossa vain kanta-asiakkaiden ostot ovat mukana, ja ostot kohdistuvat asiakkaan kotipostinumeroon, eivät kauppaan. Alle 200 ostoskorin kuukaudet on salattu. Osuus on niiden ostoskorien määrä, joissa tuoteryhmää on, jaettuna kaikkien ostoskorien määrällä; osa-alueiden, piirien ja kaupungin osuudet lasketaan yhteenlasketuista määristä. Luottamusväli käsittelee ostoskoreja toisistaan riippumattomina; saman kotitalouden korit muistuttavat toisiaan, joten väli on hieman liian kapea.",
        "I verkliga data ingår endast stamkundernas inköp, och inköpen hänförs till kundens hempostnummer, inte till butiken. Månader med färre än 200 varukorgar är dolda. Andelen är antalet varukorgar med varugruppen delat med antalet varukorgar; delområdenas, distriktens och stadens andelar räknas ur de summerade antalen. Konfidensintervallet behandlar varukorgarna som oberoende av varandra; samma hushålls korgar liknar varandra, så intervallet är något för smalt.",
        "In real data only loyalty-card purchases are included, attributed to the customer's home postal code, not to the shop. Months with fewer than 200 baskets are hidden. The share is the number of baskets holding the product group over all baskets; the shares of sub-districts, districts and the city are computed from the summed counts. The confidence interval treats the baskets as independent; one household's baskets resemble each other, so the interval is somewhat too narrow.");

    private static IEnumerable<Indicator> Nutrition()
    {
        yield return Grocery(
            "grocery-vegetables-fruit",
            T("Ostoskorit, joissa kasviksia tai hedelmiä", "Varukorgar med grönsaker eller frukt", "Baskets with vegetables or fruit"),
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
            T("Ostoskorit, joissa sokeroituja juomia", "Varukorgar med sockrade drycker", "Baskets with sugary drinks"),
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
            T("Ostoskorit, joissa makeisia", "Varukorgar med godis", "Baskets with sweets"),
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
            T("Ostoskorit, joissa alkoholijuomia", "Varukorgar med alkoholdrycker", "Baskets with alcoholic drinks"),
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
                $"Alueen asukkaiden kuukauden ostoskorit, joissa on {products.Fi} tuoteryhmän tuotteita, % kaikista ostoskoreista.",
                $"Invånarnas varukorgar under månaden med varor ur gruppen {products.Sv}, % av alla varukorgar.",
                $"Residents' baskets in the month holding {products.En}, % of all baskets."),
            rationale,
            GroceryDelivery,
            T("% ostoskoreista", "% av varukorgarna", "% of baskets"),
            Measure.Proportion,
            100,
            Frequency.Monthly,
            AreaType.PostalArea,
            DisclosureRule.Aggregate,
            GroceryCaveats,
            themes,
            targetGroups,
            agenda2030) with
        {
            DenominatorName = T("Ostoskorit", "Varukorgar", "Baskets"),
        };
}
