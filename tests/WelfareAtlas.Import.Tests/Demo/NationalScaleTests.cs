using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Tests.Demo;

public sealed class NationalScaleTests
{
    private static readonly Lazy<DemoSetting> National = new(() => DemoSetting.Create(DemoScale.National, 5));

    [Fact]
    public void Create_National_MakesAbout3000SyntheticAreasWithPopulation()
    {
        DemoSetting setting = National.Value;
        Assert.Equal(2991, setting.PostalAreas.Count);
        Assert.Same(setting.PostalAreas, setting.RegisterAreas);
        Assert.All(setting.PostalAreas, area => Assert.StartsWith("999", area.Code.Value, StringComparison.Ordinal));
        Assert.Equal(setting.PostalAreas.Count, setting.PostalAreas.Select(area => area.Code).Distinct().Count());
        Assert.All(setting.PostalAreas, area => Assert.True(setting.Population.Count(area.Code, 2025, Sex.Total) > 100));
        Assert.Equal(2016, setting.FirstRegisterYear);
        Assert.Equal(2016, setting.FirstRecentYear);
    }

    [Fact]
    public void Files_National_AreAllSyntheticCsvCoveringEverySyntheticIndicator()
    {
        IReadOnlyList<DeliveryFile> files = DemoGenerator.Files(National.Value);
        Assert.All(files, file =>
        {
            Assert.True(file.Layout.Synthetic);
            Assert.Equal(DeliveryFormat.Csv, file.Layout.Format);
            Assert.Equal("synthetic-area", file.Layout.AreaKind);
        });
        Assert.All(IndicatorCatalogue.All.Where(i => i.Synthetic), indicator => Assert.Contains(files, file => file.Layout.Indicators.Contains(indicator.Id)));
    }

    [Fact]
    public void Files_National_TenYearsOfMonths()
    {
        DeliveryFile chat = DemoGenerator.Files(National.Value).Single(file => file.Layout.Indicators.Any(i => i.Value == "youth-chat-conversations"));
        List<Periods.Period> months = [.. chat.Rows().Take(2991 * 6 * 2).Select(row => row.Period).Distinct()];
        Assert.Equal([Periods.Period.OfMonth(2016, 1), Periods.Period.OfMonth(2016, 2)], months);
        Assert.EndsWith("2016-01_2025-12.csv", chat.Layout.FileName, StringComparison.Ordinal);
    }
}
