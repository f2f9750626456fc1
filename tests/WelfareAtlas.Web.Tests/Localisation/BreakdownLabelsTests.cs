using WelfareAtlas.Indicators;
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

    [Theory]
    [InlineData("topic=anxiety", Language.Finnish, "ahdistus")]
    [InlineData("topic=anxiety", Language.Swedish, "ångest")]
    [InlineData("sex=female;topic=anxiety", Language.Swedish, "kvinnor, ångest")]
    [InlineData("topic=school", Language.Finnish, "school")] // no words for this category: the source's word
    [InlineData("mood=anxiety", Language.Finnish, "anxiety")] // the words are for the category of another dimension
    public void Of_FreeDimensionCategory_IsNamedByTheIndicatorsWords_OrShownAsDelivered(string key, Language language, string expected)
    {
        CategoryName[] categories = [new("topic", "anxiety", new LocalisedText("ahdistus", "ångest", "anxiety"))];

        Assert.Equal(expected, BreakdownLabels.Of(key, language, categories));
    }

    [Fact]
    public void Named_OfTheYouthChatsTopics_UsesTheCatalogueInEveryLanguage()
    {
        Indicator chat = WelfareAtlas.Indicators.Catalogue.IndicatorCatalogue.All.Single(i => i.Id.Value == "youth-chat-conversations");

        Assert.Equal("Nuorten chat-keskustelut aiheittain (yksinäisyys)", BreakdownLabels.Named(chat.Name.Fi, "topic=loneliness", Language.Finnish, chat.CategoryNames));
        Assert.Equal("Ungas chattsamtal efter ämne (självskada)", BreakdownLabels.Named(chat.Name.Sv, "topic=self-harm", Language.Swedish, chat.CategoryNames));
        Assert.Equal("Youth chat conversations by topic (relationships)", BreakdownLabels.Named(chat.Name.En, "topic=relationships", Language.English, chat.CategoryNames));
    }

    [Fact]
    public void Named_AddsTheGroupOnlyWhenItIsNotEveryone()
    {
        Assert.Equal("Maksuhäiriöt (65 vuotta täyttäneet)", BreakdownLabels.Named("Maksuhäiriöt", "age=65+", Language.Finnish));
        Assert.Equal("Maksuhäiriöt", BreakdownLabels.Named("Maksuhäiriöt", "total", Language.Finnish));
    }
}
