using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators;

/// <summary>
/// An indicator of the catalogue with its full metadata in Finnish, Swedish and English: what it measures, why,
/// where the data comes from, how the value is computed and when a value may be published.
/// </summary>
public sealed record Indicator
{
    /// <summary>The stable identifier used in URLs, files and mapping specs.</summary>
    public required IndicatorId Id { get; init; }

    /// <summary>The indicator's name as shown in tables and charts.</summary>
    public required LocalisedText Name { get; init; }

    /// <summary>Exactly what is counted: numerator, denominator, age limits, reference time.</summary>
    public required LocalisedText Definition { get; init; }

    /// <summary>Why the indicator matters for welfare planning.</summary>
    public required LocalisedText Rationale { get; init; }

    /// <summary>Who produces the data and how it reaches the city; names a demo generator honestly when the data is synthetic.</summary>
    public required LocalisedText Source { get; init; }

    /// <summary>The unit of the value after <see cref="Multiplier"/>: "%", "per 1 000 aged 13–24", "€".</summary>
    public required LocalisedText Unit { get; init; }

    /// <summary>How the value and its interval are computed.</summary>
    public required Measure Measure { get; init; }

    /// <summary>The scale of the value: 100 for a percentage, 1 000 for per mille; 1 for counts, means and given values.</summary>
    public required double Multiplier { get; init; }

    /// <summary>How often new data arrives.</summary>
    public required Frequency Frequency { get; init; }

    /// <summary>The area type the data is delivered by (postal area, sub-district, municipality); other levels come through aggregation or a crosswalk.</summary>
    public required AreaType DeliveredBy { get; init; }

    /// <summary>When a value may be published.</summary>
    public required DisclosureRule Disclosure { get; init; }

    /// <summary>What a reader must know before drawing conclusions; for synthetic data it begins by saying so.</summary>
    public required LocalisedText Caveats { get; init; }

    /// <summary>The welfare themes the indicator belongs to; at least one.</summary>
    public required IReadOnlyList<Theme> Themes { get; init; }

    /// <summary>The target groups it describes; empty when it describes the whole population.</summary>
    public required IReadOnlyList<TargetGroup> TargetGroups { get; init; }

    /// <summary>Agenda 2030 (UN Sustainable Development Goals) targets it informs, as "3.4", "1.2"; at least one.</summary>
    public required IReadOnlyList<string> Agenda2030Targets { get; init; }

    /// <summary>
    /// The licence of the data ("CC BY 4.0"), or the statement that synthetic data has none to respect, in English: the
    /// text machine-readable exports carry in their metadata. <see cref="LicenceText"/> is the same in fi/sv/en.
    /// </summary>
    public required string Licence { get; init; }

    /// <summary>
    /// The licence in Finnish, Swedish and English, as pages and the API show it. Without one (metadata stored by an
    /// older build), <see cref="Licence"/> in every language.
    /// </summary>
    public LocalisedText LicenceText
    {
        get => licenceText ?? new LocalisedText(Licence, Licence, Licence);
        init => licenceText = value;
    }

    private readonly LocalisedText? licenceText;

    /// <summary>Whether the data is synthetic demo data made by the product's generator: never real, labelled in every output.</summary>
    public required bool Synthetic { get; init; }

    /// <summary>Whether the values are estimates computed by the product (apportioned or extrapolated) rather than counted by the source.</summary>
    public bool Estimate { get; init; }

    /// <summary>
    /// The words for the categories of its free dimensions (the youth chat's topics); a category without words is shown
    /// as delivered. Empty for an indicator without a free dimension, and in metadata stored by an older build.
    /// </summary>
    public IReadOnlyList<CategoryName> CategoryNames { get; init; } = [];

    /// <summary>
    /// What the denominator counts, as a table's column header ("Ostoskorit", "Varukorgar", "Baskets"), when it is not
    /// the population; <see langword="null"/> when it is (and in metadata stored by an older build).
    /// </summary>
    public LocalisedText? DenominatorName { get; init; }
}
