using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Core.Tests.Areas;

public sealed class AreaChainsTests
{
    private static readonly AreaCode Helsinki = AreaCode.Parse("091");
    private static readonly AreaCode Vantaa = AreaCode.Parse("092");
    private static readonly AreaCode Central = AreaCode.Parse("0911000000");
    private static readonly AreaCode Kallio = AreaCode.Parse("0913301000");
    private static readonly AreaCode Vilhonvuori = AreaCode.Parse("0913301101");
    private static readonly AreaCode Postal = AreaCode.Parse("00530");

    private static readonly Dictionary<AreaCode, Area> Areas = new[]
    {
        new Area(Helsinki, AreaType.City, LocalisedText.Same("Helsinki"), null),
        new Area(Vantaa, AreaType.City, LocalisedText.Same("Vantaa"), null),
        new Area(Central, AreaType.MajorDistrict, LocalisedText.Same("Eteläinen"), Helsinki),
        new Area(Kallio, AreaType.District, LocalisedText.Same("Kallio"), Central),
        new Area(Vilhonvuori, AreaType.SubDistrict, LocalisedText.Same("Vilhonvuori"), Kallio),
        new Area(Postal, AreaType.PostalArea, LocalisedText.Same("Kallio"), Helsinki),
    }.ToDictionary(area => area.Code);

    [Fact]
    public void RootOf_WalksTheParentsToTheCity()
    {
        Assert.Equal(Helsinki, AreaChains.RootOf(Vilhonvuori, Areas));
        Assert.Equal(Helsinki, AreaChains.RootOf(Postal, Areas));
        Assert.Equal(Helsinki, AreaChains.RootOf(Helsinki, Areas));
        Assert.Equal(Vantaa, AreaChains.RootOf(Vantaa, Areas));
    }

    [Fact]
    public void RootOf_AnUnknownArea_IsItself_AndAMissingParentEndsTheChain()
    {
        AreaCode unknown = AreaCode.Parse("999");
        Assert.Equal(unknown, AreaChains.RootOf(unknown, Areas));
        Dictionary<AreaCode, Area> orphan = new(Areas) { [Kallio] = Areas[Kallio] with { Parent = AreaCode.Parse("0919000000") } };
        Assert.Equal(AreaCode.Parse("0919000000"), AreaChains.RootOf(Vilhonvuori, orphan));
    }

    [Fact]
    public void RootOf_ACycleInBadData_Ends()
    {
        Dictionary<AreaCode, Area> cycle = new(Areas) { [Central] = Areas[Central] with { Parent = Kallio } };
        AreaCode root = AreaChains.RootOf(Vilhonvuori, cycle);
        Assert.True(root == Kallio || root == Central);
        Assert.False(AreaChains.IsWithin(Vilhonvuori, Helsinki, cycle));
    }

    [Theory]
    [InlineData("0913301101", "091", true)]
    [InlineData("0913301101", "0913301000", true)]
    [InlineData("0913301101", "0913301101", true)] // the area itself
    [InlineData("0913301000", "0913301101", false)] // a parent is not within its child
    [InlineData("00530", "0913301000", false)] // a postal area's parent is the city, not a district
    [InlineData("0913301101", "092", false)]
    public void IsWithin_FollowsTheParents(string code, string within, bool expected) =>
        Assert.Equal(expected, AreaChains.IsWithin(AreaCode.Parse(code), AreaCode.Parse(within), Areas));
}
