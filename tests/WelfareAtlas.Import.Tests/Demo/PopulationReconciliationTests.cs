using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Paavo;
using WelfareAtlas.Observations;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Tests.Demo;

public sealed class PopulationReconciliationTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static readonly Lazy<PaavoData> Paavo = new(PaavoData.Load);

    [Theory]
    // Helsinki totals of "Inhabitants, total (HE)" as data/paavo/SOURCES.md lists them.
    [InlineData(2020, 645_935)]
    [InlineData(2021, 647_593)]
    [InlineData(2022, 652_681)]
    [InlineData(2023, 663_237)]
    public void Estimate_PaavoYears_SubDistrictsAddUpToPaavoCityTotal(int year, int paavoTotal)
    {
        PopulationTable table = demo.Setting.Population;
        Assert.Equal(paavoTotal, demo.Setting.RegisterAreas.Sum(area => table.Count(area.Code, year, Sex.Total)));
        Assert.Equal(paavoTotal, table.Count(HelsinkiGeography.CityCode, year, Sex.Total));
        Assert.Equal(paavoTotal, demo.Setting.PostalAreas.Sum(area => table.Count(area.Code, year, Sex.Total)));
    }

    [Fact]
    public void Estimate_PaavoYears_KeepEveryPostalBandAndSexTotal()
    {
        PopulationTable table = demo.Setting.Population;
        foreach (PostalPopulation row in Paavo.Value.Populations())
        {
            for (int band = 0; band < PopulationBands.Count; band++)
            {
                Assert.Equal(row.BandTotals[band], table.Count(row.Area, row.Year, Sex.Total, band, band));
            }

            Assert.Equal(row.Females, table.Count(row.Area, row.Year, Sex.Female));
            Assert.Equal(row.Males, table.Count(row.Area, row.Year, Sex.Male));
        }
    }

    [Fact]
    public void Estimate_EveryYear_HierarchyAndBreakdownsAddUp()
    {
        PopulationTable table = demo.Setting.Population;
        GeographyDataset geography = HelsinkiGeography.Load();
        for (int year = 2015; year <= 2025; year++)
        {
            int city = table.Count(HelsinkiGeography.CityCode, year, Sex.Total);
            Assert.Equal(city, geography.Areas.Where(a => a.Type == AreaType.District).Sum(a => table.Count(a.Code, year, Sex.Total)));
            Assert.Equal(city, geography.Areas.Where(a => a.Type == AreaType.MajorDistrict).Sum(a => table.Count(a.Code, year, Sex.Total)));
            Assert.Equal(city, geography.Areas.Where(a => a.Type == AreaType.SubDistrict).Sum(a => table.Count(a.Code, year, Sex.Total)));
        }

        foreach (IGrouping<(AreaCode, Periods.Period), Observation> group in table.ToObservations().GroupBy(o => (o.Area, o.Period)))
        {
            double total = group.Single(o => o.Breakdown.IsTotal).Numerator!.Value;
            Assert.Equal(total, group.Where(o => o.Breakdown.Sex != Sex.Total && o.Breakdown.Age.IsAll).Sum(o => o.Numerator!.Value));
            Assert.Equal(total, group.Where(o => o.Breakdown.Sex == Sex.Total && !o.Breakdown.Age.IsAll).Sum(o => o.Numerator!.Value));
            Assert.Equal(total, group.Where(o => o.Breakdown.Sex != Sex.Total && !o.Breakdown.Age.IsAll).Sum(o => o.Numerator!.Value));
        }
    }

    [Fact]
    public void Estimate_ExtendedYears_MoveSmoothly()
    {
        PopulationTable table = demo.Setting.Population;
        for (int year = 2015; year < 2025; year++)
        {
            double change = (double)table.Count(HelsinkiGeography.CityCode, year + 1, Sex.Total) / table.Count(HelsinkiGeography.CityCode, year, Sex.Total);
            Assert.InRange(change, 0.99, 1.03);
        }
    }

    [Fact]
    public void PopulationFiles_HoldTheTableCells()
    {
        HashSet<Observation> table = [.. demo.Setting.Population.ToObservations()];
        foreach (Import.Demo.Deliveries.DeliveryFile file in demo.Files.Where(f => f.Layout.Indicators.Any(i => i.Value == "population")))
        {
            Assert.All(file.Observations(), o => Assert.Contains(o, table));
        }
    }
}
