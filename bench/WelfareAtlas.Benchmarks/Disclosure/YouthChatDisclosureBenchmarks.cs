using System.Globalization;
using BenchmarkDotNet.Attributes;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Benchmarks.Disclosure;

/// <summary>
/// <c>DisclosureControl.Protect</c> for analysts of a table shaped like the youth chat (the indicator that takes most of
/// disclosure control's time): postal areas under the city, months, six topics and their total per area (as the compute
/// run sums it), the city per topic and in total; the sensitive rule (numerators 1–9 and zeros hidden, width 10);
/// counts mostly 0–4 by postal area and month, as in the demo. <c>helsinki</c>: 84 postal areas × 60 months (the
/// Helsinki demo's size, 85 × 60 × 7 = 35 700 count cells, 60 audit components of about 500 hidden cells);
/// <c>national-month</c>: 874 postal areas × 1 month (one of the national demo's 120 monthly components, about 6 000
/// hidden cells coupled by about 880 relations).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class YouthChatDisclosureBenchmarks
{
    private static readonly string[] Topics = ["loneliness", "anxiety", "self-harm", "family", "school", "relationships"];

    private readonly Indicator indicator = IndicatorCatalogue.Get("youth-chat-conversations");

    private List<Area> areas = [];
    private List<Observation> observations = [];

    /// <summary>The table's size: <c>helsinki</c> or <c>national-month</c>.</summary>
    [Params("helsinki", "national-month")]
    public string Size { get; set; } = "helsinki";

    [GlobalSetup]
    public void Setup()
    {
        (int postalAreas, int months) = Size == "helsinki" ? (84, 60) : (874, 1);
        Random random = new(20261205);
        AreaCode city = AreaCode.Parse("091");
        areas = [new Area(city, AreaType.City, LocalisedText.Same("Helsinki"), null)];
        for (int p = 0; p < postalAreas; p++)
        {
            areas.Add(new Area(AreaCode.Parse((100 + p).ToString("D5", CultureInfo.InvariantCulture)), AreaType.PostalArea, LocalisedText.Same("p"), city));
        }

        observations = [];
        Breakdown[] byTopic = [.. Topics.Select(topic => Breakdown.Total with { Dimension = "topic", Category = topic })];
        for (int m = 0; m < months; m++)
        {
            Period period = Period.OfMonth(2021 + (m / 12), (m % 12) + 1);
            double[] cityByTopic = new double[Topics.Length];
            foreach (Area area in areas.Skip(1))
            {
                double total = 0;
                for (int t = 0; t < Topics.Length; t++)
                {
                    // Mostly 0–4, now and then more: the demo's postal areas and months.
                    int roll = random.Next(100);
                    double count = roll < 75 ? random.Next(0, 3) : roll < 97 ? random.Next(3, 8) : random.Next(8, 25);
                    observations.Add(new Observation(indicator.Id, area.Code, period, byTopic[t], count, 1000));
                    cityByTopic[t] += count;
                    total += count;
                }

                observations.Add(new Observation(indicator.Id, area.Code, period, Breakdown.Total, total, 1000));
            }

            for (int t = 0; t < Topics.Length; t++)
            {
                observations.Add(new Observation(indicator.Id, city, period, byTopic[t], cityByTopic[t], 1000 * postalAreas));
            }

            observations.Add(new Observation(indicator.Id, city, period, Breakdown.Total, cityByTopic.Sum(), 1000 * postalAreas));
        }
    }

    [Benchmark]
    public int ProtectYouthChat() => DisclosureControl.Protect(indicator, observations, areas, [], Audience.Analyst).Audit.Ranges.Count;
}
