using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Tests.Demo;

public sealed class NationalScaleTests
{
    private static readonly Lazy<DemoSetting> National = new(() => DemoSetting.Create(DemoScale.National, 5));

    [Fact]
    public void Create_National_MakesAbout3000SyntheticAreasInAHierarchy()
    {
        GeographyDataset geography = National.Value.Geography!;
        Assert.Equal(3228, geography.Areas.Count);
        Assert.Equal(300, geography.Areas.Count(area => area.Type == AreaType.City));
        Assert.Equal(874, National.Value.PostalAreas.Count);
        Assert.Equal(1174, National.Value.RegisterAreas.Count);
        Assert.Equal(300, National.Value.Municipalities.Count);
        Assert.All(geography.Areas, area =>
        {
            // 10 digits beginning with 999: never a real postal code (5), municipality code (3) or kokotunnus (a real municipality's code first).
            Assert.Matches("^999[0-9]{7}$", area.Code.Value);
            Assert.StartsWith("Synteettinen kunta ", area.Names.Fi, StringComparison.Ordinal);
            Assert.StartsWith("Syntetisk kommun ", area.Names.Sv, StringComparison.Ordinal);
            Assert.StartsWith("Synthetic municipality ", area.Names.En, StringComparison.Ordinal);
        });
        Assert.Equal(geography.Areas.Count, geography.Areas.Select(area => area.Code).Distinct().Count());
        Assert.All(National.Value.PostalAreas.Concat(National.Value.RegisterAreas), area => Assert.True(National.Value.Population.Count(area.Code, 2025, Sex.Total) > 0));
        Assert.Equal(2016, National.Value.FirstRegisterYear);
        Assert.Equal(2016, National.Value.FirstRecentYear);
    }

    [Fact]
    public void Geography_National_HierarchyIsCompleteAndEveryParentOfTheRightType()
    {
        GeographyDataset geography = National.Value.Geography!;
        Dictionary<AreaCode, Area> byCode = geography.Areas.ToDictionary(area => area.Code);
        Assert.All(geography.Areas, area =>
        {
            AreaType? expected = area.Type switch
            {
                AreaType.City => null,
                AreaType.MajorDistrict or AreaType.PostalArea => AreaType.City,
                AreaType.District => AreaType.MajorDistrict,
                _ => AreaType.District,
            };
            Assert.Equal(expected, area.Parent is { } parent ? byCode[parent].Type : null);

            // Every code lies in its municipality's block, and every area but a sub-district and a postal area has children.
            Assert.Equal(area.Code.Value[..6], Root(area, byCode).Code.Value[..6]);
            if (area.Type is not (AreaType.SubDistrict or AreaType.PostalArea))
            {
                Assert.Contains(geography.Areas, child => child.Parent == area.Code && child.Type != AreaType.PostalArea);
            }
        });
    }

    [Fact]
    public void Geography_National_CrosswalkSharesSumToOneAndReachEverySubDistrictOfTheSameMunicipality()
    {
        GeographyDataset geography = National.Value.Geography!;
        Dictionary<AreaCode, Area> byCode = geography.Areas.ToDictionary(area => area.Code);
        Assert.All(geography.Overlaps.GroupBy(overlap => overlap.From), postal =>
        {
            Assert.Equal(AreaType.PostalArea, byCode[postal.Key].Type);
            Assert.Equal(1.0, postal.Sum(overlap => overlap.Share), 9);
            Assert.All(postal, overlap =>
            {
                Assert.Equal(AreaType.SubDistrict, byCode[overlap.To].Type);
                Assert.Equal(byCode[postal.Key].Parent, Root(byCode[overlap.To], byCode).Code);
                Assert.InRange(overlap.Share, 0.099, 0.901);
            });
        });
        Assert.Equal(
            geography.Areas.Where(area => area.Type == AreaType.SubDistrict).Select(area => area.Code.Value).Order(StringComparer.Ordinal).ToList(),
            geography.Overlaps.Select(overlap => overlap.To.Value).Distinct().Order(StringComparer.Ordinal).ToList());
        Assert.Equal(
            geography.Areas.Where(area => area.Type == AreaType.PostalArea).Select(area => area.Code.Value).Order(StringComparer.Ordinal).ToList(),
            geography.Overlaps.Select(overlap => overlap.From.Value).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Geography_National_SubDistrictPopulationIsThePostalPopulationApportioned()
    {
        DemoSetting setting = National.Value;
        int postal = setting.PostalAreas.Sum(area => setting.Population.Count(area.Code, 2020, Sex.Total));
        int subDistricts = setting.RegisterAreas.Sum(area => setting.Population.Count(area.Code, 2020, Sex.Total));

        // Each sub-district cell is rounded on its own: at most half a person per cell (40 cells) off per sub-district.
        Assert.InRange(subDistricts, postal - (20 * setting.RegisterAreas.Count), postal + (20 * setting.RegisterAreas.Count));
    }

    [Fact]
    public void Files_National_EveryDeliveredAreaIsInTheGeographyWithTheTypeItsFileSays()
    {
        DemoSetting setting = DemoSetting.Create(DemoScale.National, 5, municipalities: 4);
        Dictionary<AreaCode, Area> byCode = setting.Geography!.Areas.ToDictionary(area => area.Code);
        foreach (DeliveryFile file in DemoGenerator.Files(setting))
        {
            AreaType expected = file.Layout.AreaKind switch
            {
                "synthetic-postal-area" => AreaType.PostalArea,
                "synthetic-sub-district" => AreaType.SubDistrict,
                "synthetic-municipality" => AreaType.City,
                string other => throw new InvalidOperationException($"{file.Layout.FileName} has area kind {other}."),
            };
            HashSet<AreaCode> delivered = [.. file.Rows().Select(row => row.Area)];
            Assert.All(delivered, code => Assert.Equal(expected, byCode[code].Type));
            Assert.Equal(byCode.Values.Count(area => area.Type == expected), delivered.Count);
        }
    }

    [Fact]
    public void Files_National_AreAllSyntheticCsvCoveringEveryIndicatorOfTheCatalogue()
    {
        IReadOnlyList<DeliveryFile> files = DemoGenerator.Files(DemoSetting.Create(DemoScale.National, 5, municipalities: 2));
        Assert.All(files, file =>
        {
            Assert.True(file.Layout.Synthetic);
            Assert.StartsWith(DemoGenerator.SyntheticPrefix, file.Layout.FileName, StringComparison.Ordinal);
            Assert.Contains("synthetic", file.Layout.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(DeliveryFormat.Csv, file.Layout.Format);
        });
        Assert.All(IndicatorCatalogue.All, indicator => Assert.Contains(files, file => file.Layout.Indicators.Contains(indicator.Id)));
    }

    [Fact]
    public void Files_National_PaavoLikeCountsAreWithinTheirDenominators()
    {
        DemoSetting setting = DemoSetting.Create(DemoScale.National, 5, municipalities: 3);
        DeliveryFile paavo = DemoGenerator.Files(setting).Single(file => file.Layout.Indicators.Any(i => i.Value == "paavo-unemployment-rate"));
        List<Observation> observations = [.. paavo.Observations()];
        Assert.Equal(9 * setting.PostalAreas.Count * 10, observations.Count);
        Assert.All(observations.Where(o => o.Numerator is not null), o => Assert.InRange(o.Numerator!.Value, 0, o.Denominator!.Value));
        Assert.All(observations.Where(o => o.Indicator.Value == "paavo-median-income"), o => Assert.InRange(o.Value!.Value, 15000, 50000));
    }

    [Fact]
    public void AreaFile_National_RoundTripsWithoutProblems()
    {
        GeographyDataset geography = DemoSetting.Create(DemoScale.National, 5, municipalities: 3).Geography!;

        (GeographyDataset? read, ReadReport report) = AreaFile.Read(AreaFile.ToJson(geography, synthetic: true, "test"), "areas.json");

        Assert.Empty(report.Problems);
        Assert.Equal(geography.Areas, read!.Areas);
        Assert.Equal(geography.Overlaps, read.Overlaps);
    }

    [Fact]
    public void Files_National_TenYearsOfMonths()
    {
        DemoSetting setting = DemoSetting.Create(DemoScale.National, 5, municipalities: 2);
        DeliveryFile chat = DemoGenerator.Files(setting).Single(file => file.Layout.Indicators.Any(i => i.Value == "youth-chat-conversations"));
        List<Periods.Period> months = [.. chat.Rows().Select(row => row.Period).Distinct()];
        Assert.Equal(120, months.Count);
        Assert.Equal(Periods.Period.OfMonth(2016, 1), months[0]);
        Assert.Equal(Periods.Period.OfMonth(2025, 12), months[^1]);
        Assert.EndsWith("2016-01_2025-12.csv", chat.Layout.FileName, StringComparison.Ordinal);
    }

    private static Area Root(Area area, Dictionary<AreaCode, Area> byCode)
    {
        while (area.Parent is { } parent)
        {
            area = byCode[parent];
        }

        return area;
    }
}
