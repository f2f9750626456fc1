using WelfareAtlas.Areas;

namespace WelfareAtlas.Population;

/// <summary>One postal area's population in one year as Paavo gives it: totals by age band and by sex, not both.</summary>
/// <param name="Area">The postal area.</param>
/// <param name="Year">The year (population at 31 Dec).</param>
/// <param name="BandTotals">Residents in each band of <see cref="PopulationBands.All"/>.</param>
/// <param name="Females">Women and girls in total.</param>
/// <param name="Males">Men and boys in total.</param>
public sealed record PostalPopulation(AreaCode Area, int Year, IReadOnlyList<int> BandTotals, int Females, int Males);
