using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Tests.Localisation;

/// <summary>Every theme, target group, measure and frequency has a name in every language, and the rules read right.</summary>
public sealed class MetadataTextsTests
{
    public static TheoryData<Language> Languages => new(Language.Finnish, Language.Swedish, Language.English);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Names_CoverEveryValue_DistinctWithinEachSet(Language language)
    {
        MetadataTexts texts = UiStrings.For(language).Metadata;

        AssertComplete(texts.Themes);
        AssertComplete(texts.TargetGroups);
        AssertComplete(texts.Measures);
        AssertComplete(texts.Frequencies);
    }

    [Fact]
    public void Describe_RulesOfTheCatalogue_SayWhatIsHiddenAndFlagged()
    {
        MetadataTexts english = MetadataTexts.English;

        Assert.Equal(
            "Counts 1–9 are hidden. Zero is hidden too. A proportion or rate is flagged unreliable when its denominator is below 50.",
            english.Describe(DisclosureRule.Sensitive));
        // Paavo: published by the source; small populations only flag.
        Assert.Equal(
            "Nothing is hidden: the source has already protected the data, or they are not about individual people. A proportion or rate is flagged unreliable when its denominator is below 30.",
            english.Describe(DisclosureRule.PublishedBySource));
        Assert.Equal("A value is hidden when its denominator is below 200.", english.Describe(new DisclosureRule(0, 200, true)));
        Assert.Equal("per 1000", english.DescribeMultiplier(1000));
        Assert.Equal("the value as it is", english.DescribeMultiplier(1));
    }

    private static void AssertComplete<T>(IReadOnlyDictionary<T, string> names)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Order(), names.Keys.Order());
        Assert.All(names.Values, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Values.Distinct(StringComparer.Ordinal).Count());
    }
}
