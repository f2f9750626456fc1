using WelfareAtlas.Areas;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Demo.National;

/// <summary>The synthetic country of the national scale (<see cref="NationalGeography"/>).</summary>
/// <param name="Geography">Every area, parents first, and the postal area → sub-district crosswalk (by area); no shapes.</param>
/// <param name="Municipalities">The municipalities with their structure (population-weighted from their postal areas).</param>
/// <param name="PostalAreas">The postal areas: the areas of the PUHTI-like and Paavo-like deliveries.</param>
/// <param name="SubDistricts">The sub-districts: the areas of the register deliveries.</param>
/// <param name="Population">Population of every postal area and sub-district by year, sex and band.</param>
internal sealed record NationalAreas(
    GeographyDataset Geography,
    IReadOnlyList<DemoArea> Municipalities,
    IReadOnlyList<DemoArea> PostalAreas,
    IReadOnlyList<DemoArea> SubDistricts,
    PopulationTable Population);
