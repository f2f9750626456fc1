using System.Data.Common;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Storage.Profiles;

/// <summary>Writes the welfare profiles (domains, indicators and their polarity) and reads them back.</summary>
/// <param name="dataSource">The store's connections.</param>
public sealed class ProfileRepository(DbDataSource dataSource)
{
    /// <summary>Replaces every stored profile with <paramref name="profiles"/> in one transaction; their order is kept.</summary>
    public async Task ReplaceAllAsync(IReadOnlyList<Profile> profiles, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (string table in (string[])["profile_indicators", "profile_domains", "profiles"])
        {
            // The table names are constants of this method, not input.
#pragma warning disable CA2100
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
#pragma warning restore CA2100
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO profiles (id, position, name_fi, name_sv, name_en, description_fi, description_sv, description_en)
            VALUES ($id, $position, $nameFi, $nameSv, $nameEn, $descriptionFi, $descriptionSv, $descriptionEn)
            """,
            profiles.Select((profile, position) => new
            {
                id = profile.Id,
                position,
                nameFi = profile.Name.Fi,
                nameSv = profile.Name.Sv,
                nameEn = profile.Name.En,
                descriptionFi = profile.Description.Fi,
                descriptionSv = profile.Description.Sv,
                descriptionEn = profile.Description.En,
            }),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO profile_domains (profile_id, domain_id, position, name_fi, name_sv, name_en) VALUES ($profile, $domain, $position, $nameFi, $nameSv, $nameEn)",
            profiles.SelectMany(profile => profile.Domains.Select((domain, position) => new
            {
                profile = profile.Id,
                domain = domain.Id,
                position,
                nameFi = domain.Name.Fi,
                nameSv = domain.Name.Sv,
                nameEn = domain.Name.En,
            })),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO profile_indicators (profile_id, domain_id, indicator_id, position, polarity, age_band) VALUES ($profile, $domain, $indicator, $position, $polarity, $age)",
            profiles.SelectMany(profile => profile.Domains.SelectMany(domain => domain.Indicators.Select((indicator, position) => new
            {
                profile = profile.Id,
                domain = domain.Id,
                indicator = indicator.Indicator.Value,
                position,
                polarity = ToSlug(indicator.Polarity),
                age = indicator.Age?.ToString(),
            }))),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every stored profile in display order, with its domains and indicators in order.</summary>
    public async Task<IReadOnlyList<Profile>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<ProfileRow> profiles = [.. await connection.QueryAsync<ProfileRow>(new CommandDefinition(
            "SELECT id, name_fi, name_sv, name_en, description_fi, description_sv, description_en FROM profiles ORDER BY position",
            cancellationToken: cancellationToken))];
        List<DomainRow> domains = [.. await connection.QueryAsync<DomainRow>(new CommandDefinition(
            "SELECT profile_id, domain_id, name_fi, name_sv, name_en FROM profile_domains ORDER BY profile_id, position",
            cancellationToken: cancellationToken))];
        List<IndicatorRow> indicators = [.. await connection.QueryAsync<IndicatorRow>(new CommandDefinition(
            "SELECT profile_id, domain_id, indicator_id, polarity, age_band FROM profile_indicators ORDER BY profile_id, domain_id, position",
            cancellationToken: cancellationToken))];
        return [.. profiles.Select(profile => new Profile(
            profile.id,
            new LocalisedText(profile.name_fi, profile.name_sv, profile.name_en),
            new LocalisedText(profile.description_fi, profile.description_sv, profile.description_en),
            [.. domains.Where(domain => domain.profile_id == profile.id).Select(domain => new ProfileDomain(
                domain.domain_id,
                new LocalisedText(domain.name_fi, domain.name_sv, domain.name_en),
                [.. indicators
                    .Where(indicator => indicator.profile_id == profile.id && indicator.domain_id == domain.domain_id)
                    .Select(indicator => new ProfileIndicator(IndicatorId.Parse(indicator.indicator_id), FromSlug(indicator.polarity), AgeOf(indicator.age_band)))]))]))];
    }

    /// <summary>The stored form of a polarity: <c>higher-is-better</c>, <c>lower-is-better</c> or <c>no-judgement</c>.</summary>
    public static string ToSlug(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher-is-better",
        Polarity.LowerIsBetter => "lower-is-better",
        _ => "no-judgement",
    };

    private static AgeBand? AgeOf(string? text) =>
        text is null ? null : AgeBand.TryParse(text, out AgeBand band, out string? error) ? band : throw new StoreException($"The store holds a profile age band that does not read: {error}");

    private static Polarity FromSlug(string slug) => slug switch
    {
        "higher-is-better" => Polarity.HigherIsBetter,
        "lower-is-better" => Polarity.LowerIsBetter,
        "no-judgement" => Polarity.NoJudgement,
        _ => throw new StoreException($"A profile indicator in the store has an unknown polarity '{slug}'."),
    };

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record ProfileRow(string id, string name_fi, string name_sv, string name_en, string description_fi, string description_sv, string description_en);

    private sealed record DomainRow(string profile_id, string domain_id, string name_fi, string name_sv, string name_en);

    private sealed record IndicatorRow(string profile_id, string domain_id, string indicator_id, string polarity, string? age_band);
#pragma warning restore IDE1006, CA1707
}
