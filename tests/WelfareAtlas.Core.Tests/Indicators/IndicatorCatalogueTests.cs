using System.Text.RegularExpressions;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Core.Tests.Indicators;

public sealed partial class IndicatorCatalogueTests
{
    public static TheoryData<string> Ids => [.. IndicatorCatalogue.All.Select(indicator => indicator.Id.Value)];

    [Fact]
    public void All_Count_IsAboutThirty() => Assert.InRange(IndicatorCatalogue.All.Count, 28, 34);

    [Fact]
    public void All_Ids_AreUnique() =>
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(indicator => indicator.Id).Distinct().Count());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Indicator_EveryText_IsWrittenInAllThreeLanguages(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        foreach ((string field, LocalisedText text) in Texts(indicator).Concat(Labels(indicator)))
        {
            foreach (Language language in LanguageCodes.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(text.In(language)), $"{id}: {field} is empty in {language}.");
            }
        }

        // Long texts are translations, not copies: Finnish, Swedish and English differ.
        foreach ((string field, LocalisedText text) in Texts(indicator).Where(pair => pair.Field != nameof(Indicator.Unit)))
        {
            Assert.True(text.Fi != text.Sv && text.Sv != text.En, $"{id}: {field} repeats one language.");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Indicator_Classification_IsComplete(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        Assert.NotEmpty(indicator.Themes);
        Assert.NotEmpty(indicator.Agenda2030Targets);
        Assert.All(indicator.Agenda2030Targets, target => Assert.Matches(Agenda2030Target(), target));
        Assert.False(string.IsNullOrWhiteSpace(indicator.Licence));

        // The licence in three languages, its English text the one the exports carry.
        Assert.Equal(indicator.Licence, indicator.LicenceText.En);
        Assert.NotEqual(indicator.LicenceText.En, indicator.LicenceText.Fi);
        Assert.NotEqual(indicator.LicenceText.En, indicator.LicenceText.Sv);
        Assert.True(indicator.Multiplier > 0);
        Assert.True(indicator.Disclosure.MinimumNumerator >= 0 && indicator.Disclosure.MinimumDenominator >= 0);
        Assert.Equal(indicator.Themes.Count, indicator.Themes.Distinct().Count());
        Assert.Equal(indicator.TargetGroups.Count, indicator.TargetGroups.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Indicator_ProportionsAndRates_HaveTheirUsualMultiplier(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        switch (indicator.Measure)
        {
            case Measure.Proportion:
                Assert.Equal(100, indicator.Multiplier);
                break;
            case Measure.CrudeRate:
                Assert.True(indicator.Multiplier >= 1000);
                break;
            case Measure.Count:
                Assert.Equal(1, indicator.Multiplier);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Indicator_Synthetic_SaysSoInEveryLanguage(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        string[] words = ["Synteettinen", "Syntetiska", "Synthetic"];
        LocalisedText[] texts = [indicator.Source, indicator.Caveats];
        foreach (LocalisedText text in texts)
        {
            for (int language = 0; language < 3; language++)
            {
                bool says = text.In(LanguageCodes.All[language]).Contains(words[language], StringComparison.OrdinalIgnoreCase);
                Assert.True(says == indicator.Synthetic, $"{id}: {(indicator.Synthetic ? "synthetic but does not say so" : "real but says synthetic")} in {LanguageCodes.All[language]}.");
            }
        }
    }

    [Fact]
    public void All_SyntheticSources_NeverClaimARealProducer()
    {
        foreach (Indicator indicator in IndicatorCatalogue.All.Where(indicator => indicator.Synthetic))
        {
            Assert.Contains("Ei todellista dataa", indicator.Source.Fi, StringComparison.Ordinal);
            Assert.Contains("Not real data", indicator.Source.En, StringComparison.Ordinal);
            Assert.DoesNotContain("S-ryhmä", indicator.Source.Fi, StringComparison.Ordinal);
            Assert.DoesNotContain("Kesko", indicator.Source.Fi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void All_CoversEveryThemeAndTargetGroup()
    {
        Assert.All(Enum.GetValues<Theme>(), theme => Assert.Contains(IndicatorCatalogue.All, indicator => indicator.Themes.Contains(theme)));
        Assert.All(Enum.GetValues<TargetGroup>(), group => Assert.Contains(IndicatorCatalogue.All, indicator => indicator.TargetGroups.Contains(group)));
    }

    [Fact]
    public void Population_IsAMarkedEstimateCount()
    {
        Indicator population = IndicatorCatalogue.Get("population");
        Assert.Equal(Measure.Count, population.Measure);
        Assert.True(population.Estimate);
        Assert.False(population.Synthetic);
        Assert.Contains("Arvio", population.Caveats.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(IndicatorCatalogue.Find(IndicatorId.Parse("no-such-indicator")));

    private static IEnumerable<(string Field, LocalisedText Text)> Texts(Indicator indicator) =>
    [
        (nameof(Indicator.Name), indicator.Name),
        (nameof(Indicator.Definition), indicator.Definition),
        (nameof(Indicator.Rationale), indicator.Rationale),
        (nameof(Indicator.Source), indicator.Source),
        (nameof(Indicator.Unit), indicator.Unit),
        (nameof(Indicator.Caveats), indicator.Caveats),
    ];

    /// <summary>The short labels: the words for free-dimension categories and the denominator's name, where the catalogue has them.</summary>
    private static IEnumerable<(string Field, LocalisedText Text)> Labels(Indicator indicator) =>
    [
        .. indicator.CategoryNames.Select(category => ($"{nameof(Indicator.CategoryNames)} {category.Dimension}={category.Category}", category.Name)),
        .. indicator.DenominatorName is { } denominator ? [(nameof(Indicator.DenominatorName), denominator)] : Array.Empty<(string, LocalisedText)>(),
    ];

    [GeneratedRegex(@"^\d{1,2}\.(\d{1,2}|[a-c])$")]
    private static partial Regex Agenda2030Target();
}
