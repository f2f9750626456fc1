using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;

namespace WelfareAtlas.Import.Tests.Geography;

public sealed class FinlandGeographyTests
{
    private static readonly GeographyDataset Municipalities = FinlandGeography.LoadMunicipalities();

    private static readonly GeographyDataset Store = FinlandGeography.LoadWithHelsinki();

    [Fact]
    public void LoadMunicipalities_The2023Division_Has309CitiesWithoutParentsEachWithAShape()
    {
        Assert.Equal(309, Municipalities.Areas.Count);
        Assert.All(Municipalities.Areas, a => Assert.Equal(AreaType.City, a.Type));
        Assert.All(Municipalities.Areas, a => Assert.Null(a.Parent));
        Assert.All(Municipalities.Areas, a => Assert.StartsWith("{\"type\":\"", Municipalities.Shapes[a.Code], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("049", "Espoo", "Esbo")]
    [InlineData("478", "Maarianhamina", "Mariehamn")]
    [InlineData("922", "Vesilahti", "Vesilahti")] // no Swedish name: the survey repeats the Finnish one
    public void LoadMunicipalities_Names_AreTheSurveysFinnishAndSwedish(string code, string fi, string sv)
    {
        Area area = Municipalities.Areas.Single(a => a.Code.Value == code);
        Assert.Equal(fi, area.Names.Fi);
        Assert.Equal(sv, area.Names.Sv);
        Assert.Equal(fi, area.Names.En);
    }

    [Theory]
    [InlineData("099")] // Honkajoki, merged into Kankaanpää in 2021
    [InlineData("532")] // Nastola, merged into Lahti in 2016
    [InlineData("911")] // Valtimo, merged into Nurmes in 2020
    public void LoadMunicipalities_CodeMergedAfter2013_IsNoArea(string code) =>
        Assert.DoesNotContain(Municipalities.Areas, a => a.Code.Value == code);

    [Fact]
    public void LoadWithHelsinki_HelsinkisDivisionsAndTheOther308Municipalities_OnceEach()
    {
        Assert.Equal(275 + 308, Store.Areas.Count);
        Assert.Equal(Store.Areas.Count, Store.Areas.Select(a => a.Code).Distinct().Count());
        Area helsinki = Store.Areas.Single(a => a.Code == HelsinkiGeography.CityCode);
        Assert.Equal("Helsingfors", helsinki.Names.Sv);
        Assert.Equal(309, Store.Areas.Count(a => a.Type == AreaType.City));
        // Every area has a shape; Helsinki's is its municipal boundary, so it is drawn among the other municipalities.
        Assert.Equal(Store.Areas.Count, Store.Shapes.Count);
        Assert.Equal(Municipalities.Shapes[HelsinkiGeography.CityCode], Store.Shapes[HelsinkiGeography.CityCode]);
        Assert.NotEmpty(Store.Overlaps);
    }
}
