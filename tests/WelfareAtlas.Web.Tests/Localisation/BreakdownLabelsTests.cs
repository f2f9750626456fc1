using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Tests.Localisation;

public sealed class BreakdownLabelsTests
{
    [Theory]
    [InlineData("sex=female;age=18-24", Language.Finnish, "naiset, 18–24-vuotiaat")]
    [InlineData("sex=female;age=18-24", Language.Swedish, "kvinnor, 18–24 år")]
    [InlineData("sex=female;age=18-24", Language.English, "women, aged 18–24")]
    [InlineData("age=65+", Language.Finnish, "65 vuotta täyttäneet")]
    [InlineData("age=65+", Language.Swedish, "65 år och äldre")]
    [InlineData("age=65+", Language.English, "aged 65 and over")]
    [InlineData("sex=male", Language.Swedish, "män")]
    [InlineData("topic=loneliness", Language.English, "loneliness")]
    [InlineData("sex=male;topic=loneliness", Language.Finnish, "miehet, loneliness")]
    [InlineData("total", Language.Swedish, "alla")]
    [InlineData("not a key", Language.English, "not a key")]
    public void Of_SaysTheGroupInTheLanguage(string key, Language language, string expected) =>
        Assert.Equal(expected, BreakdownLabels.Of(key, language));

    [Fact]
    public void Named_AddsTheGroupOnlyWhenItIsNotEveryone()
    {
        Assert.Equal("Maksuhäiriöt (65 vuotta täyttäneet)", BreakdownLabels.Named("Maksuhäiriöt", "age=65+", Language.Finnish));
        Assert.Equal("Maksuhäiriöt", BreakdownLabels.Named("Maksuhäiriöt", "total", Language.Finnish));
    }
}
