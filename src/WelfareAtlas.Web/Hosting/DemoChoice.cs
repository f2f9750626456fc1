using WelfareAtlas.Import.Demo;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Which demo a new store is filled with (<c>atlas init --demo [--scale city|national] [--seed N]</c>).</summary>
/// <param name="Scale">Helsinki's real areas, or the synthetic national scale for benchmarks.</param>
/// <param name="Seed">The generator's seed.</param>
/// <param name="Municipalities">The national scale's number of synthetic municipalities (fewer only in tests); ignored at the city scale.</param>
public sealed record DemoChoice(DemoScale Scale, int Seed, int Municipalities = DemoSetting.NationalMunicipalities)
{
    /// <summary>The city-scale demo with <paramref name="seed"/>.</summary>
    public static DemoChoice City(int seed) => new(DemoScale.City, seed);

    /// <summary>The national-scale demo with <paramref name="seed"/>.</summary>
    public static DemoChoice National(int seed) => new(DemoScale.National, seed);
}
