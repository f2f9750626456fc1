using System.Globalization;
using System.Text.Json;

namespace WelfareAtlas.Benchmarks.Load;

/// <summary>
/// The requests of one load run, fixed before it starts: a seeded shuffle of the public profile and indicator
/// endpoints over the catalogue the server itself lists, so every request asks for something that exists.
/// </summary>
/// <remarks>
/// The mix, by share of requests: 40 % an area's profile (every profile, areas of every type, the city benchmark
/// twice as often as the parent), 35 % an indicator's data for one area type (the latest period three times in four,
/// otherwise an older one; the total breakdown four times in five, otherwise another the indicator has), 20 % one
/// area's series of an indicator (an area the indicator has a cell for), 5 % an indicator's availability. The same
/// server and seed give the same requests.
/// </remarks>
internal sealed class LoadPlan
{
    private LoadPlan(IReadOnlyList<string> paths) => Paths = paths;

    /// <summary>The request paths (with query), in the order they are sent.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Asks <paramref name="client"/>'s server for its profiles, areas and indicators' availability, and draws <paramref name="requests"/> requests from them.</summary>
    public static async Task<LoadPlan> DiscoverAsync(HttpClient client, int requests, int seed, CancellationToken cancellationToken)
    {
        List<string> profiles = [.. (await GetAsync(client, "/api/v1/profiles", cancellationToken)).EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        Dictionary<string, List<string>> areasByType = [];
        foreach (JsonElement area in (await GetAsync(client, "/api/v1/areas", cancellationToken)).EnumerateArray())
        {
            string type = area.GetProperty("type").GetString()!;
            (areasByType.TryGetValue(type, out List<string>? codes) ? codes : areasByType[type] = []).Add(area.GetProperty("code").GetString()!);
        }

        List<(string Indicator, string AreaType, string[] Periods, string[] Breakdowns, string[] Areas)> levels = [];
        foreach (string indicator in (await GetAsync(client, "/api/v1/indicators", cancellationToken)).EnumerateArray().Select(i => i.GetProperty("id").GetString()!))
        {
            JsonElement availability = await GetAsync(client, $"/api/v1/indicators/{indicator}/availability", cancellationToken);
            foreach (JsonElement level in availability.GetProperty("areaTypes").EnumerateArray())
            {
                string areaType = level.GetProperty("areaType").GetString()!;
                string[] periods = [.. level.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!)];
                string[] breakdowns = [.. level.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!)];
                // A series is asked only of areas with a cell: a source may lack small areas (Paavo's postal areas).
                JsonElement data = await GetAsync(client, DataPath(indicator, areaType, periods[^1], breakdowns[0]), cancellationToken);
                string[] areas = [.. data.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("area").GetProperty("code").GetString()!)];
                levels.Add((indicator, areaType, periods, breakdowns, areas));
            }
        }

        if (profiles.Count == 0 || levels.Count == 0)
        {
            throw new InvalidOperationException("The server lists no profiles or no indicator with data: load the demo (or deliveries) and compute first.");
        }

        List<string> allAreas = [.. areasByType.Values.SelectMany(codes => codes)];
        Random random = new(seed);
        List<string> paths = new(requests);
        for (int i = 0; i < requests; i++)
        {
            int draw = random.Next(100);
            if (draw < 40)
            {
                string benchmark = random.Next(3) < 2 ? "city" : "parent";
                paths.Add($"/api/v1/profiles/{Pick(random, profiles)}/areas/{Pick(random, allAreas)}?benchmark={benchmark}");
                continue;
            }

            (string indicator, string areaType, string[] periods, string[] breakdowns, string[] areas) = Pick(random, levels);
            if (draw < 75)
            {
                string period = random.Next(4) < 3 || periods.Length == 1 ? periods[^1] : periods[random.Next(periods.Length - 1)];
                string breakdown = random.Next(5) < 4 || breakdowns.Length == 1 ? breakdowns[0] : breakdowns[1 + random.Next(breakdowns.Length - 1)];
                paths.Add(DataPath(indicator, areaType, period, breakdown));
            }
            else if (draw < 95 && areas.Length > 0)
            {
                paths.Add($"/api/v1/indicators/{indicator}/series?area={Pick(random, areas)}&breakdown={Uri.EscapeDataString(breakdowns[0])}");
            }
            else
            {
                paths.Add($"/api/v1/indicators/{indicator}/availability");
            }
        }

        return new LoadPlan(paths);
    }

    /// <summary>How many requests go to each endpoint, for the report.</summary>
    public string Describe() => string.Join(", ", Paths
        .GroupBy(EndpointOf)
        .OrderByDescending(group => group.Count())
        .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Key} {group.Count()}")));

    /// <summary>The endpoint of a path: <c>profile</c>, <c>data</c>, <c>series</c> or <c>availability</c>.</summary>
    public static string EndpointOf(string path) =>
        path.StartsWith("/api/v1/profiles/", StringComparison.Ordinal) ? "profile"
        : path.Contains("/data?", StringComparison.Ordinal) ? "data"
        : path.Contains("/series?", StringComparison.Ordinal) ? "series"
        : "availability";

    private static string DataPath(string indicator, string areaType, string period, string breakdown) =>
        $"/api/v1/indicators/{indicator}/data?areaType={areaType}&period={Uri.EscapeDataString(period)}&breakdown={Uri.EscapeDataString(breakdown)}";

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static async Task<JsonElement> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await client.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} while discovering the catalogue.");
        }

        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using JsonDocument document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }
}
