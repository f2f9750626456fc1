using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Storage.Profiles;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Profiles;

public abstract class ProfileRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private ProfileRepository Profiles => new(Store.DataSource);

    [Fact]
    public async Task ReplaceAllAsync_Catalogue_ReadsBackInOrderWithPolarities()
    {
        await Profiles.ReplaceAllAsync(ProfileCatalogue.All, TestContext.Current.CancellationToken);

        IReadOnlyList<Profile> stored = await Profiles.ListAsync(TestContext.Current.CancellationToken);

        Assert.Equivalent(ProfileCatalogue.All, stored, strict: true);
        Assert.Equal(ProfileCatalogue.All.Select(p => p.Id), stored.Select(p => p.Id));
        Assert.Equal(
            ProfileCatalogue.All[1].Indicators.Select(i => (i.Indicator, i.Polarity)),
            stored[1].Indicators.Select(i => (i.Indicator, i.Polarity)));
    }

    [Fact]
    public async Task ReplaceAllAsync_Twice_KeepsOnlyTheSecondSet()
    {
        await Profiles.ReplaceAllAsync(ProfileCatalogue.All, TestContext.Current.CancellationToken);
        Profile older = ProfileCatalogue.Find("older-people")!;

        await Profiles.ReplaceAllAsync([older], TestContext.Current.CancellationToken);

        Profile only = Assert.Single(await Profiles.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Äldre", only.Name.Sv);
        Assert.Equal(Polarity.HigherIsBetter, only.Indicators.Single(i => i.Indicator.Value == "influenza-vaccination-65").Polarity);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, "higher-is-better")]
    [InlineData(Polarity.LowerIsBetter, "lower-is-better")]
    [InlineData(Polarity.NoJudgement, "no-judgement")]
    public void ToSlug_EachPolarity_IsTheSchemaValue(Polarity polarity, string slug) => Assert.Equal(slug, ProfileRepository.ToSlug(polarity));
}
