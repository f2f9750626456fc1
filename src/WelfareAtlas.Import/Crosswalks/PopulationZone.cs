using WelfareAtlas.Areas;

namespace WelfareAtlas.Import.Crosswalks;

/// <summary>
/// The residents of one zone by year: the ancillary data of the crosswalk's target-density weighting
/// (<see cref="PostalCrosswalk"/>). A zone is one sub-district, or several of today's sub-districts that were one area
/// when the population was counted (Aluesarjat 2010's Lauttasaari is today's four), which then share its density.
/// </summary>
/// <param name="SubDistricts">The sub-districts the zone covers, at least one.</param>
/// <param name="Population">Residents by year; a year that is absent is not known.</param>
public sealed record PopulationZone(IReadOnlyList<AreaCode> SubDistricts, IReadOnlyDictionary<int, double> Population)
{
    /// <summary>The residents in the year nearest to <paramref name="year"/> that has a count (the earlier on a tie), or <see langword="null"/> when no year has one.</summary>
    public double? Nearest(int year)
    {
        double? nearest = null;
        int distance = int.MaxValue;
        int nearestYear = int.MaxValue;
        foreach ((int known, double residents) in Population)
        {
            int d = Math.Abs(known - year);
            if (d < distance || (d == distance && known < nearestYear))
            {
                (nearest, distance, nearestYear) = (residents, d, known);
            }
        }

        return nearest;
    }
}
