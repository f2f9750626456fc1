using WelfareAtlas.Observations;

namespace WelfareAtlas.Population;

/// <summary>
/// The age bands of the population estimates: Statistics Finland's Paavo bands (0–2, 3–6, 7–12, 13–15, 16–17,
/// 18–19, then five-year bands to 80–84, and 85+), and the female share in each band that seeds the split by sex.
/// </summary>
public static class PopulationBands
{
    /// <summary>The 20 age bands, youngest first.</summary>
    public static IReadOnlyList<AgeBand> All { get; } =
    [
        new(0, 2), new(3, 6), new(7, 12), new(13, 15), new(16, 17), new(18, 19), new(20, 24), new(25, 29), new(30, 34), new(35, 39),
        new(40, 44), new(45, 49), new(50, 54), new(55, 59), new(60, 64), new(65, 69), new(70, 74), new(75, 79), new(80, 84), new(85, null),
    ];

    /// <summary>How many bands there are.</summary>
    public const int Count = 20;

    /// <summary>
    /// The share of women in each band of <see cref="All"/> in Helsinki on 31 Dec 2010, from the city's Aluesarjat table
    /// (data/helsinki/aluesarjat_2010/helsinki_population_by_sex_age_1992_2010.csv, a test recomputes it). Paavo gives
    /// each postal area's band totals and its totals by sex but not sex within band; these shares seed that split.
    /// </summary>
    public static IReadOnlyList<double> FemaleShareHelsinki2010 { get; } =
    [
        0.4922, 0.4914, 0.4916, 0.4858, 0.4954, 0.5257, 0.5442, 0.5220, 0.4889, 0.4880,
        0.5016, 0.5096, 0.5251, 0.5495, 0.5553, 0.5669, 0.5956, 0.6261, 0.6844, 0.7776,
    ];

    /// <summary>The index in <see cref="All"/> of the band holding <paramref name="age"/>.</summary>
    public static int IndexOf(int age)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            if (age >= All[i].From)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(age), age, "An age is 0 or more.");
    }
}
