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
/// Disclosure control for one register indicator summed up a Helsinki-sized hierarchy: 1 city, 8 major districts,
/// 34 districts and 148 sub-districts, 11 years, both sexes and their total (6 303 cells; 1 419 hierarchy and 2 101 sex
/// relations), under the sensitive rule (numerators 1–9 and zeros hidden, protection width 10). Sub-districts have
/// 50–4 050 residents and shares of 2–10 %, so many counts by sex are small. <see cref="ProtectTable"/> is the whole of
/// <c>DisclosureControl.Protect</c> (relations, primary and complementary suppression, the final audit);
/// <see cref="AuditOnly"/> re-audits the protected result.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DisclosureControlBenchmarks
{
    private static readonly IndicatorId Id = IndicatorId.Parse("benchmark-indicator");

    private readonly Indicator indicator = IndicatorCatalogue.Get("child-welfare-notifications") with
    {
        Id = Id,
        Measure = Measure.Proportion,
        Disclosure = DisclosureRule.Sensitive,
    };

    private List<Area> areas = [];
    private List<Observation> observations = [];
    private List<AuditCell> auditCells = [];
    private IReadOnlyList<AdditiveRelation> relations = [];

    [GlobalSetup]
    public void Setup()
    {
        Random random = new(20261123);
        AreaCode city = AreaCode.Parse("091");
        areas = [new Area(city, AreaType.City, LocalisedText.Same("Helsinki"), null)];
        for (int major = 1; major <= 8; major++)
        {
            areas.Add(new Area(Code(major, 0, 0), AreaType.MajorDistrict, LocalisedText.Same("m"), city));
        }

        for (int district = 0; district < 34; district++)
        {
            int major = 1 + (district % 8);
            areas.Add(new Area(Code(major, district + 1, 0), AreaType.District, LocalisedText.Same("d"), Code(major, 0, 0)));
        }

        var subDistricts = new List<Area>();
        for (int sub = 0; sub < 148; sub++)
        {
            int district = sub % 34;
            int major = 1 + (district % 8);
            subDistricts.Add(new Area(Code(major, district + 1, sub + 1), AreaType.SubDistrict, LocalisedText.Same("s"), Code(major, district + 1, 0)));
        }

        areas.AddRange(subDistricts);
        var parents = areas.Where(a => a.Parent is not null).ToDictionary(a => a.Code, a => a.Parent!.Value);
        var counts = new Dictionary<(AreaCode, int, Sex), (double Numerator, double Denominator)>();
        foreach (Area sub in subDistricts)
        {
            double share = 0.02 + (0.08 * random.NextDouble());
            double population = 50 + random.Next(4_000);
            for (int year = 2015; year <= 2025; year++)
            {
                foreach (Sex sex in (Sex[])[Sex.Female, Sex.Male])
                {
                    double denominator = Math.Round(population / 2);
                    double numerator = Math.Round(denominator * share * (0.7 + (0.6 * random.NextDouble())));
                    Add(counts, parents, sub.Code, year, sex, numerator, denominator);
                }
            }
        }

        observations = [.. counts.Select(pair => new Observation(
            Id, pair.Key.Item1, Period.OfYear(pair.Key.Item2), Breakdown.Total with { Sex = pair.Key.Item3 }, pair.Value.Numerator, pair.Value.Denominator))];
        ProtectedTable table = DisclosureControl.Protect(indicator, observations, areas, [], Audience.Analyst);
        relations = table.Relations;
        auditCells = [.. table.Cells.Select(cell => new AuditCell(cell.Key, cell.Observation.Numerator, cell.IsHidden))];
    }

    [Benchmark]
    public int ProtectTable() => DisclosureControl.Protect(indicator, observations, areas, [], Audience.Public).Audit.Ranges.Count;

    [Benchmark]
    public int AuditOnly() => DisclosureAudit.Run(auditCells, relations, DisclosureRule.Sensitive.ProtectionWidth).Ranges.Count;

    private static void Add(
        Dictionary<(AreaCode, int, Sex), (double Numerator, double Denominator)> counts,
        Dictionary<AreaCode, AreaCode> parents,
        AreaCode area,
        int year,
        Sex sex,
        double numerator,
        double denominator)
    {
        // The cell, its both-sexes total, and the same two up the hierarchy to the city.
        for (AreaCode? current = area; current is { } code; current = parents.TryGetValue(code, out AreaCode parent) ? parent : null)
        {
            foreach (Sex s in (Sex[])[sex, Sex.Total])
            {
                (double n, double d) = counts.GetValueOrDefault((code, year, s));
                counts[(code, year, s)] = (n + numerator, d + denominator);
            }
        }
    }

    private static AreaCode Code(int major, int district, int sub) =>
        AreaCode.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"091{major}{district:D3}{sub:D3}"));
}
