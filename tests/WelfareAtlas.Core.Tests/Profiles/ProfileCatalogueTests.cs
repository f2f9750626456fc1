using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Core.Tests.Profiles;

public sealed class ProfileCatalogueTests
{
    [Fact]
    public void All_ThreeProfilesForThePopulationGroups() =>
        Assert.Equal(["children-and-young-people", "working-age-adults", "older-people"], ProfileCatalogue.All.Select(profile => profile.Id));

    [Fact]
    public void All_EveryProfileIndicator_ExistsInTheCatalogue() =>
        Assert.All(ProfileCatalogue.All.SelectMany(profile => profile.Indicators), indicator => Assert.NotNull(IndicatorCatalogue.Find(indicator.Indicator)));

    [Fact]
    public void All_IndicatorsAndDomains_AreUniqueWithinAProfile()
    {
        foreach (Profile profile in ProfileCatalogue.All)
        {
            Assert.Equal(profile.Indicators.Count(), profile.Indicators.Select(i => i.Indicator).Distinct().Count());
            Assert.Equal(profile.Domains.Count, profile.Domains.Select(d => d.Id).Distinct().Count());
            Assert.All(profile.Domains, domain => Assert.NotEmpty(domain.Indicators));
        }
    }

    [Fact]
    public void All_Texts_AreTrilingual()
    {
        foreach (Profile profile in ProfileCatalogue.All)
        {
            Assert.All([profile.Name, profile.Description, .. profile.Domains.Select(d => d.Name)], text =>
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Fi));
                Assert.False(string.IsNullOrWhiteSpace(text.Sv));
                Assert.False(string.IsNullOrWhiteSpace(text.En));
            });
        }
    }

    [Fact]
    public void All_OneIndicator_CanHaveDifferentPolarityInDifferentProfiles()
    {
        // Living alone is neutral for working-age adults and a loneliness risk for older people.
        IndicatorId onePerson = IndicatorId.Parse("paavo-one-person-households");
        Assert.Equal(Polarity.NoJudgement, ProfileCatalogue.Find("working-age-adults")!.Indicators.Single(i => i.Indicator == onePerson).Polarity);
        Assert.Equal(Polarity.LowerIsBetter, ProfileCatalogue.Find("older-people")!.Indicators.Single(i => i.Indicator == onePerson).Polarity);
    }

    [Fact]
    public void All_EveryIndicatorButTheMunicipalComparisons_IsInSomeProfile()
    {
        HashSet<IndicatorId> used = [.. ProfileCatalogue.All.SelectMany(profile => profile.Indicators).Select(i => i.Indicator)];
        // Sotkanet's municipal figures compare cities; within a city the Paavo and register rates carry them.
        Assert.Equal(["sotkanet-social-assistance", "sotkanet-unemployment"], IndicatorCatalogue.All.Where(i => !used.Contains(i.Id)).Select(i => i.Id.Value).Order(StringComparer.Ordinal));
    }
}
