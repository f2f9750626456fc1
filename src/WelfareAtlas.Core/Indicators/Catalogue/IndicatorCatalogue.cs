using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators.Catalogue;

/// <summary>
/// The product's indicator catalogue: real indicators from Statistics Finland's Paavo and THL's Sotkanet, the
/// population estimates, and the synthetic demo indicators that imitate the deliveries of Helsinki's PUHTI
/// project and the city's own registers. The content is split by theme across the partial files.
/// </summary>
public static partial class IndicatorCatalogue
{
    private static readonly Lazy<IReadOnlyList<Indicator>> LazyAll = new(() =>
    [
        .. LivingConditions(),
        .. Finances(),
        .. Nutrition(),
        .. PhysicalActivity(),
        .. MentalWellbeing(),
        .. SocialInclusion(),
        .. UseOfServices(),
    ]);

    private static readonly Lazy<IReadOnlyDictionary<IndicatorId, Indicator>> LazyById =
        new(() => LazyAll.Value.ToDictionary(indicator => indicator.Id));

    /// <summary>Every indicator, grouped by theme in catalogue order.</summary>
    public static IReadOnlyList<Indicator> All => LazyAll.Value;

    /// <summary>The indicator with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Indicator? Find(IndicatorId id) => LazyById.Value.GetValueOrDefault(id);

    /// <summary>The indicator with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> when the catalogue has none (a defect of the caller).</summary>
    public static Indicator Get(string id) =>
        Find(IndicatorId.Parse(id)) ?? throw new KeyNotFoundException($"The catalogue has no indicator '{id}'.");

    private static LocalisedText T(string fi, string sv, string en) => new(fi, sv, en);

    private static IndicatorId Id(string id) => IndicatorId.Parse(id);

    /// <summary>The source text of a synthetic indicator: names the generator and the real delivery it imitates, and says that no real data is behind it.</summary>
    private static LocalisedText SyntheticSource(LocalisedText imitates) => T(
        $"Synteettinen demoaineisto: Welfare Atlasin demogeneraattori (atlas demo). Jäljittelee aineistoa: {imitates.Fi}. Ei todellista dataa.",
        $"Syntetiska demodata: Welfare Atlas demogenerator (atlas demo). Efterliknar materialet: {imitates.Sv}. Inga verkliga data.",
        $"Synthetic demo data: the Welfare Atlas demo generator (atlas demo). Imitates: {imitates.En}. Not real data.");

    /// <summary>The caveats of a synthetic indicator: the synthetic warning first, then what the real data would need a reader to know.</summary>
    private static LocalisedText SyntheticCaveats(LocalisedText specific) => T(
        $"Synteettinen demoaineisto: luvut on tuotettu satunnaisesti alueen todellisen väestö- ja sosioekonomisen rakenteen (Tilastokeskus, Paavo) pohjalta, eivätkä ne kuvaa todellisia ihmisiä tai tapahtumia. {specific.Fi}",
        $"Syntetiska demodata: siffrorna har slumpats utifrån områdets verkliga befolknings- och socioekonomiska struktur (Statistikcentralen, Paavo) och beskriver inga verkliga personer eller händelser. {specific.Sv}",
        $"Synthetic demo data: the numbers are drawn at random from the area's real population and socio-economic structure (Statistics Finland, Paavo) and describe no real people or events. {specific.En}");

    private static readonly LocalisedText PaavoSource = new(
        "Tilastokeskus, Paavo – Postinumeroalueittainen avoin tieto (taulukko 12f7), CC BY 4.0.",
        "Statistikcentralen, Paavo – Öppen data efter postnummerområde (tabell 12f7), CC BY 4.0.",
        "Statistics Finland, Paavo – open data by postal code area (table 12f7), CC BY 4.0.");

    private static readonly LocalisedText SotkanetSource = new(
        "THL, Sotkanet.fi – tilasto- ja indikaattoripankki (poimittu 2013), kunnittain.",
        "THL, Sotkanet.fi – statistik- och indikatorbank (uttag 2013), per kommun.",
        "THL (Finnish Institute for Health and Welfare), Sotkanet.fi statistics and indicator bank (extracted 2013), by municipality.");

    private const string SyntheticLicence = "Synthetic: no licence restrictions, never real data";

    private static readonly LocalisedText SyntheticLicenceText = new(
        "Synteettinen: ei lisenssiehtoja, ei koskaan todellista dataa",
        "Syntetiska: inga licensvillkor, aldrig verkliga data",
        SyntheticLicence);
}
