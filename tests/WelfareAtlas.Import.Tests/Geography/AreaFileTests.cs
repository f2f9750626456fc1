using System.Text;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.Geography;

public sealed class AreaFileTests
{
    private const string City = """{ "code": "9990010000", "type": "city", "parent": null, "names": { "fi": "K", "sv": "K", "en": "K" } }""";
    private const string Major = """{ "code": "9990011000", "type": "major-district", "parent": "9990010000", "names": { "fi": "S", "sv": "S", "en": "S" } }""";
    private const string District = """{ "code": "9990011100", "type": "district", "parent": "9990011000", "names": { "fi": "P", "sv": "P", "en": "P" } }""";
    private const string SubA = """{ "code": "9990011101", "type": "sub-district", "parent": "9990011100", "names": { "fi": "A", "sv": "A", "en": "A" } }""";
    private const string SubB = """{ "code": "9990011102", "type": "sub-district", "parent": "9990011100", "names": { "fi": "B", "sv": "B", "en": "B" } }""";
    private const string Postal = """{ "code": "9990019001", "type": "postal-area", "parent": "9990010000", "names": { "fi": "X", "sv": "X", "en": "X" } }""";

    [Fact]
    public void Read_ValidFile_GivesAreasAndCrosswalk()
    {
        (GeographyDataset? geography, ReadReport report) = Read([City, Major, District, SubA, SubB, Postal], Crosswalk(0.25, 0.75));

        Assert.False(report.HasErrors);
        Assert.Equal(6, geography!.Areas.Count);
        Assert.Equal(AreaCode.Parse("9990011100"), geography.Areas.Single(a => a.Code.Value == "9990011101").Parent);
        Assert.Equal([0.25, 0.75], geography.Overlaps.Select(o => o.Share));
    }

    [Fact]
    public void Read_SharesNotSummingToOne_IsAnErrorNamingThePostalArea()
    {
        (GeographyDataset? geography, ReadReport report) = Read([City, Major, District, SubA, SubB, Postal], Crosswalk(0.25, 0.7));

        Assert.Null(geography);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("CROSSWALK_SUM", problem.Code);
        Assert.Contains("9990019001 sum to 0.95", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SubDistrictUnderTheCity_IsAHierarchyErrorAtItsParent()
    {
        string misplaced = SubA.Replace("\"parent\": \"9990011100\"", "\"parent\": \"9990010000\"", StringComparison.Ordinal);

        (GeographyDataset? geography, ReadReport report) = Read([City, Major, District, misplaced], null);

        Assert.Null(geography);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("AREA_HIERARCHY", problem.Code);
        Assert.Equal("$.areas[3].parent", problem.Location);
    }

    [Theory]
    // A parent listed after its child, a missing Swedish name, a 4-digit code, an unknown type: each reported where it is.
    [InlineData(1, "AREA_PARENT", "$.areas[0].parent")]
    [InlineData(2, "AREA_NAMES", "$.areas[1].names")]
    [InlineData(3, "AREA_CODE", "$.areas[1].code")]
    [InlineData(4, "AREA_TYPE", "$.areas[1].type")]
    public void Read_BadArea_IsReportedWithItsLocation(int variant, string code, string location)
    {
        string[] areas = variant switch
        {
            1 => [Major, City],
            2 => [City, Major.Replace("\"sv\": \"S\", ", string.Empty, StringComparison.Ordinal)],
            3 => [City, Major.Replace("9990011000", "9990", StringComparison.Ordinal)],
            _ => [City, Major.Replace("major-district", "county", StringComparison.Ordinal)],
        };

        (GeographyDataset? geography, ReadReport report) = Read(areas, null);

        Assert.Null(geography);
        Assert.Contains(report.Problems, p => p.Code == code && p.Location == location);
    }

    [Fact]
    public void Read_NotAnAreaFile_SaysWhatItNeeds()
    {
        (GeographyDataset? geography, ReadReport report) = AreaFile.Read(Encoding.UTF8.GetBytes("""{ "source": "x" }"""), "x.json");

        Assert.Null(geography);
        Assert.Equal("AREAS_FORMAT", Assert.Single(report.Problems).Code);
    }

    private static string Crosswalk(double a, double b) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $$"""[ { "from": "9990019001", "to": "9990011101", "share": {{a}}, "basis": "area" }, { "from": "9990019001", "to": "9990011102", "share": {{b}} } ]""");

    private static (GeographyDataset? Geography, ReadReport Report) Read(string[] areas, string? crosswalk) =>
        AreaFile.Read(
            Encoding.UTF8.GetBytes($$"""{ "format": "welfare-atlas-areas", "version": 1, "areas": [ {{string.Join(", ", areas)}} ], "crosswalk": {{crosswalk ?? "[]"}} }"""),
            "areas.json");
}
