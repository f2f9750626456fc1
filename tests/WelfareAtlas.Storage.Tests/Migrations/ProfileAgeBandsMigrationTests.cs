using System.Data.Common;
using Dapper;
using WelfareAtlas.Profiles;
using WelfareAtlas.Storage.Migrations;
using WelfareAtlas.Storage.Profiles;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// Migration <c>0016_profile_age_bands</c> on a store as version 15 left it: the built-in profiles' indicators that
/// are delivered only by age band get the band their profile shows, as <see cref="ProfileCatalogue"/> gives them now.
/// </summary>
public abstract class ProfileAgeBandsMigrationTests<TStore> : MigrationTests<TStore>
    where TStore : TestStore, new()
{
    // The version before 0016_profile_age_bands.
    private const int PreviousVersion = 15;

    [Fact]
    public async Task Migrate_StoredCatalogueProfiles_GetTheAgeBandsOfTheCatalogue()
    {
        await using (DbConnection raw = await RawStore.OpenAsync(Place, Token))
        {
            Assert.Equal(PreviousVersion, await Migrator.MigrateAsync(raw, TimeProvider.System, PreviousVersion, Token));
            // The profile indicators as version 15 stored them: no age band.
            await raw.ExecuteAsync(new CommandDefinition(
                "INSERT INTO profile_indicators (profile_id, domain_id, indicator_id, position, polarity) VALUES ($profile, $domain, $indicator, $position, $polarity)",
                ProfileCatalogue.All.SelectMany(p => p.Domains.SelectMany(d => d.Indicators.Select((i, position) => new
                {
                    profile = p.Id,
                    domain = d.Id,
                    indicator = i.Indicator.Value,
                    position,
                    polarity = ProfileRepository.ToSlug(i.Polarity),
                }))),
                cancellationToken: Token));

            Assert.Equal(1, await Migrator.MigrateAsync(raw, TimeProvider.System, 16, Token));

            List<(string Profile, string Indicator, string Age)> stored = [.. await raw.QueryAsync<(string, string, string)>(new CommandDefinition(
                "SELECT profile_id, indicator_id, age_band FROM profile_indicators WHERE age_band IS NOT NULL ORDER BY profile_id, indicator_id",
                cancellationToken: Token))];
            List<(string Profile, string Indicator, string Age)> expected = [.. ProfileCatalogue.All
                .SelectMany(p => p.Indicators.Where(i => i.Age is not null).Select(i => (p.Id, i.Indicator.Value, i.Age!.Value.ToString())))
                .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal)];
            Assert.Equal(4, expected.Count);
            Assert.Equal(expected, stored);
        }
    }
}
