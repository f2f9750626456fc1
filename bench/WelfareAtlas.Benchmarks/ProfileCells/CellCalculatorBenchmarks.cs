using BenchmarkDotNet.Attributes;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Benchmarks.ProfileCells;

/// <summary>
/// The compute run for one yearly proportion indicator on a Helsinki-sized geography: 1 city, 8 major districts,
/// 34 districts, 148 sub-districts and 84 postal areas, 11 years (2015–2025), 5 breakdowns (total, two sexes,
/// two age bands): 15 125 observations, as one indicator of the demo data has. A full Helsinki recompute is
/// about 30 such indicators.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CellCalculatorBenchmarks
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("benchmark-indicator");
    private readonly IndicatorMethod method = new(Indicator, Measure.Proportion, 100);
    private Dictionary<AreaCode, Area> areas = [];
    private List<Observation> observations = [];

    [GlobalSetup]
    public void Setup()
    {
        Random random = new(20261123);
        AreaCode city = AreaCode.Parse("091");
        List<Area> list = [new Area(city, AreaType.City, LocalisedText.Same("Helsinki"), null)];
        for (int major = 1; major <= 8; major++)
        {
            list.Add(new Area(Code(major, 0, 0), AreaType.MajorDistrict, LocalisedText.Same("m"), city));
        }

        for (int district = 0; district < 34; district++)
        {
            int major = 1 + (district % 8);
            list.Add(new Area(Code(major, district + 1, 0), AreaType.District, LocalisedText.Same("d"), Code(major, 0, 0)));
        }

        for (int sub = 0; sub < 148; sub++)
        {
            int district = sub % 34;
            int major = 1 + (district % 8);
            list.Add(new Area(Code(major, district + 1, sub + 1), AreaType.SubDistrict, LocalisedText.Same("s"), Code(major, district + 1, 0)));
        }

        for (int postal = 0; postal < 84; postal++)
        {
            list.Add(new Area(AreaCode.Parse($"00{100 + (postal * 10):D3}"), AreaType.PostalArea, LocalisedText.Same("p"), city));
        }

        areas = list.ToDictionary(a => a.Code);
        Breakdown[] breakdowns =
        [
            Breakdown.Total,
            Breakdown.Total with { Sex = Sex.Female },
            Breakdown.Total with { Sex = Sex.Male },
            Breakdown.Total with { Age = new AgeBand(7, 17) },
            Breakdown.Total with { Age = new AgeBand(18, 29) },
        ];
        foreach (Area area in list)
        {
            double share = 0.05 + (0.1 * random.NextDouble());
            foreach (Breakdown breakdown in breakdowns)
            {
                for (int year = 2015; year <= 2025; year++)
                {
                    double denominator = area.Type == AreaType.City ? 600_000 : 500 + random.Next(20_000);
                    observations.Add(new Observation(Indicator, area.Code, Period.OfYear(year), breakdown, Math.Round(share * denominator), denominator));
                }
            }
        }
    }

    [Benchmark]
    public int ComputeOneIndicator() => CellCalculator.Compute(method, areas, observations).Count;

    private static AreaCode Code(int major, int district, int sub) =>
        AreaCode.Parse(district == 0 && sub == 0 ? $"091{major}000000" : $"091{major}{100 + district:D3}{sub:D3}");
}
