using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Disclosure;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Disclosure;

/// <summary>
/// An attacker with the public API only: every published number of an indicator's latest period at every area type and
/// breakdown, the area hierarchy and the crosswalk shares, set against each other by every additive relation. Neither
/// subtraction nor the tightest linear bounds (the audit's linear programs) may bring a hidden count closer than the
/// protection width; the true counts, read from the analysts' cells, are used only to check the bounds.
/// </summary>
public sealed class DifferencingAttackTests(DemoLiveServer server)
{
    private static readonly string[] AnalystStates = ["primary-suppressed", "secondary-suppressed"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Indicators => [.. IndicatorCatalogue.All.Select(indicator => indicator.Id.Value)];

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task PublicApi_EveryRelationOfTheLatestPeriod_RecoversNoHiddenCount(string id)
    {
        Indicator indicator = IndicatorCatalogue.Get(id);
        using HttpClient client = server.CreateClient();
        IReadOnlyList<Area> areas = await AreasAsync(client);
        Dictionary<CellKey, double?> published = await PublishedAsync(client, id);
        if (published.Count == 0)
        {
            return;
        }

        HashSet<CellKey> hidden = [.. published.Where(pair => pair.Value is null).Select(pair => pair.Key)];
        AtlasStore store = server.Services.GetRequiredService<AtlasStore>();
        IReadOnlyList<CrosswalkShare> shares = await new DisclosureInputRepository(store.DataSource).ListCrosswalkSharesAsync(indicator.Id, Cancel);
        IReadOnlyList<AdditiveRelation> relations = AdditiveRelations.Build(published, areas, shares).Relations;

        // Subtraction: a relation with a single unknown term gives it away.
        foreach (AdditiveRelation relation in relations)
        {
            CellKey[] unknown = [.. relation.Cells.Where(cell => published.GetValueOrDefault(cell) is null)];
            Assert.False(unknown.Length == 1 && hidden.Contains(unknown[0]), $"{id}: {(unknown.Length > 0 ? unknown[0] : null)} follows by subtraction from {relation}.");
        }

        // The tightest bounds any linear attack can reach, checked against the true counts.
        Dictionary<CellKey, double?> truth = await TruthAsync(store, indicator, hidden);
        AuditCell[] cells = [.. published.Select(pair => new AuditCell(pair.Key, pair.Value ?? truth.GetValueOrDefault(pair.Key), pair.Value is null))];
        AuditReport audit = DisclosureAudit.Run(cells, relations, indicator.Disclosure.ProtectionWidth);
        Assert.True(audit.Passed, $"{id}: {audit.Failures.Count} hidden counts bounded closer than {indicator.Disclosure.ProtectionWidth} (first {(audit.Failures.Count > 0 ? audit.Failures[0] : null)}), {audit.Inconsistent.Count} inconsistent.");
    }

    private static async Task<IReadOnlyList<Area>> AreasAsync(HttpClient client)
    {
        JsonElement[] rows = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/areas", Cancel))!;
        return [.. rows.Select(row => new Area(
            AreaCode.Parse(row.GetProperty("code").GetString()!),
            AreaTypes.TryParse(row.GetProperty("type").GetString()!, out AreaType type) ? type : throw new InvalidOperationException(row.ToString()),
            new WelfareAtlas.Localisation.LocalisedText(string.Empty, string.Empty, string.Empty),
            row.GetProperty("parent").GetString() is { } parent ? AreaCode.Parse(parent) : null))];
    }

    /// <summary>Every count the public API gives for the indicator's latest period: the numerator, or null for a hidden cell.</summary>
    private static async Task<Dictionary<CellKey, double?>> PublishedAsync(HttpClient client, string id)
    {
        Dictionary<CellKey, double?> counts = [];
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/availability", Cancel);
        foreach (JsonElement level in availability.GetProperty("areaTypes").EnumerateArray())
        {
            string type = level.GetProperty("areaType").GetString()!;
            string period = level.GetProperty("latestPeriod").GetString()!;
            foreach (string breakdown in level.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!))
            {
                JsonElement data = await client.GetFromJsonAsync<JsonElement>(
                    $"/api/v1/indicators/{id}/data?areaType={type}&period={period}&breakdown={Uri.EscapeDataString(breakdown)}", Cancel);
                Assert.True(Breakdown.TryParseKey(breakdown, out Breakdown parsed, out _), breakdown);
                foreach (JsonElement cell in data.GetProperty("cells").EnumerateArray())
                {
                    string state = cell.GetProperty("disclosure").GetProperty("state").GetString()!;
                    Assert.DoesNotContain(state, AnalystStates);
                    JsonElement numerator = cell.GetProperty("numerator");
                    if (state == "suppressed")
                    {
                        Assert.Equal(JsonValueKind.Null, numerator.ValueKind);
                        Assert.Equal(JsonValueKind.Null, cell.GetProperty("value").ValueKind);
                    }

                    if (state == "unavailable")
                    {
                        continue;
                    }

                    CellKey key = new(AreaCode.Parse(cell.GetProperty("area").GetProperty("code").GetString()!), Period.Parse(period), parsed);
                    counts[key] = numerator.ValueKind == JsonValueKind.Number ? numerator.GetDouble() : null;
                }
            }
        }

        return counts;
    }

    private static async Task<Dictionary<CellKey, double?>> TruthAsync(AtlasStore store, Indicator indicator, HashSet<CellKey> hidden)
    {
        CellRepository cells = new(store.DataSource);
        Dictionary<CellKey, double?> truth = [];
        foreach (IGrouping<(AreaCode Area, Period Period), CellKey> group in hidden.GroupBy(key => (key.Area, key.Period)))
        {
            foreach (StoredCell cell in await cells.ListBreakdownsAsync(Audience.Analyst, indicator.Id, group.Key.Area, group.Key.Period, Cancel))
            {
                truth[new CellKey(cell.Area, cell.Period, Breakdown.TryParseKey(cell.Breakdown, out Breakdown b, out _) ? b : Breakdown.Total)] = cell.Numerator;
            }
        }

        return truth;
    }
}
