using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// <c>serving [REQUESTS_PER_KIND] [DATA_DIR|-] [public|analyst]</c>: the server time of each kind of page and API call on
/// the Helsinki demo store (issue 6 point 9: p95 under 50 ms), for the public (no sign-in, the default) or for an
/// analyst signed in through the sign-in page. Starts the real app in this process on Kestrel at a loopback port, on a
/// copy of DATA_DIR's store (or of the demo store built as on first start, see <see cref="DemoStore"/>), asks it for
/// its profiles, areas and every indicator's levels, warms up (every indicator's data once, then 20 requests of each
/// kind, not counted), and then sends REQUESTS_PER_KIND requests of each kind one at a time, drawn with a fixed seed.
/// </summary>
/// <remarks>
/// The kinds: an area's profile from the API and as a page (any profile, area and language; the city benchmark twice
/// as often as the parent), a profile's overview page (any area level), an indicator's data from the API (the latest
/// period three times in four, the total four times in five) and as a page (any level, with an area's trend), and an
/// area's series from the API, and the gap between an indicator's areas from the API (any level, its latest period).
/// Latency is from sending a request to reading its whole body over a keep-alive loopback
/// connection, so it is the server time plus well under a millisecond; processor time is the process's (app and
/// client together) per request. Every answer must be 200.
/// <para>An analyst's requests cost what the public's do not: the sign-in cookie is checked against the store on every
/// request (<c>Security/SessionCheck</c>), the analysts' unprotected cells are read, and every request is appended to the
/// audit log after it is served (<c>Security/AnalystAccessAudit</c>). The account is made in the store's copy.</para>
/// </remarks>
internal static class ServingCommand
{
    private const int Seed = 20261205;
    private static readonly string[] Languages = ["fi", "sv", "en"];
    private static readonly string[] OverviewTypes = ["major-district", "district", "sub-district", "postal-area"];

    public static async Task<int> RunAsync(string[] args)
    {
        int perKind = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        string directory = args.Length > 1 && args[1] != "-" ? DemoStore.CopyOf(args[1]) : await DemoStore.CopyAsync();
        bool analyst = args.Length > 2 && args[2] switch
        {
            "analyst" => true,
            "public" => false,
            _ => throw new ArgumentException($"serving: the audience is public or analyst, not '{args[2]}'."),
        };
        WebApplication app = AtlasWebApplication.Create(["--data-dir", directory, "--urls", "http://127.0.0.1:0", "--Store:LoadDemo", "false", "--Logging:LogLevel:Default", "Warning"]);
        try
        {
            await app.StartAsync();
            using HttpClient client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
            };
            if (analyst)
            {
                await SignInAsAnalystAsync(app, client);
            }

            Stopwatch warming = Stopwatch.StartNew();
            Dictionary<string, List<string>> plan = await PlanAsync(client, perKind + 20);
            foreach (List<string> paths in plan.Values)
            {
                foreach (string path in paths.Take(20))
                {
                    await GetAsync(client, path);
                }
            }

            if (analyst && (await new AuditLog(app.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System).ListAsync(1))
                    .SingleOrDefault()?.Action != AuditAction.AnalystAccess.ToSlug())
            {
                throw new InvalidOperationException("The warm-up's requests were not served to an analyst: no analyst access in the audit log.");
            }

            GC.Collect();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serving: {perKind} requests of each kind (seed {Seed}) for {(analyst ? "an analyst signed in" : "the public")}; warm-up {warming.Elapsed.TotalSeconds:0.0} s; managed heap after warm-up {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB"));
            foreach ((string kind, List<string> paths) in plan)
            {
                string loadBefore = LoadAverage();
                TimeSpan processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
                List<double> milliseconds = [];
                foreach (string path in paths.Skip(20))
                {
                    long start = Stopwatch.GetTimestamp();
                    await GetAsync(client, path);
                    milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                double processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalMilliseconds / milliseconds.Count;
                milliseconds.Sort();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {kind,-15} n={milliseconds.Count,-5} p50 {Percentile(milliseconds, 0.50),6:0.0} ms  p95 {Percentile(milliseconds, 0.95),6:0.0} ms  p99 {Percentile(milliseconds, 0.99),6:0.0} ms  max {milliseconds[^1],7:0.0} ms  cpu {processor,5:0.0} ms/request  load {loadBefore} -> {LoadAverage()}"));
            }

            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Makes an analyst account in the app's store and signs in through the sign-in page, as a browser does (the form's
    /// anti-forgery token, then the cookie). That the cookie makes the caller an analyst is checked after the warm-up, in
    /// the audit log.
    /// </summary>
    private static async Task SignInAsAnalystAsync(WebApplication app, HttpClient client)
    {
        const string Name = "bench-analyst";
        string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await new UserRepository(app.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System)
            .AddAsync(Name, Role.Analyst, PasswordHash.Create(password), "serving benchmark");
        string form = await client.GetStringAsync("/en/sign-in");
        Match token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        using FormUrlEncodedContent fields = new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["UserName"] = Name,
            ["Password"] = password,
        });
        using HttpResponseMessage signedIn = await client.PostAsync("/en/sign-in?returnUrl=%2Fen%2Fprofiles", fields);
        if (!token.Success || signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as the benchmark's analyst answered {(int)signedIn.StatusCode}.");
        }
    }

    /// <summary>The requests of each kind, <paramref name="count"/> of each, drawn from what the app lists.</summary>
    private static async Task<Dictionary<string, List<string>>> PlanAsync(HttpClient client, int count)
    {
        List<string> profiles = [.. (await JsonAsync(client, "/api/v1/profiles")).EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        List<string> areas = [.. (await JsonAsync(client, "/api/v1/areas")).EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];
        List<(string Indicator, string AreaType, string[] Periods, string[] Breakdowns, string[] Areas)> levels = [];
        foreach (string indicator in (await JsonAsync(client, "/api/v1/indicators")).EnumerateArray().Select(i => i.GetProperty("id").GetString()!))
        {
            foreach (JsonElement level in (await JsonAsync(client, $"/api/v1/indicators/{indicator}/availability")).GetProperty("areaTypes").EnumerateArray())
            {
                string areaType = level.GetProperty("areaType").GetString()!;
                string[] periods = [.. level.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!)];
                string[] breakdowns = [.. level.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!)];
                // Also the warm-up of the indicator's cells; a series is asked only of areas with a cell.
                JsonElement data = await JsonAsync(client, DataPath(indicator, areaType, periods[^1], breakdowns[0]));
                levels.Add((indicator, areaType, periods, breakdowns, [.. data.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("area").GetProperty("code").GetString()!)]));
            }
        }

        levels.RemoveAll(l => l.Areas.Length == 0);
        Random random = new(Seed);
        Dictionary<string, List<string>> plan = new()
        {
            ["profile api"] = [],
            ["profile page"] = [],
            ["overview page"] = [],
            ["data api"] = [],
            ["indicator page"] = [],
            ["series api"] = [],
            ["gap api"] = [],
        };
        // The gap's draws from a random of their own, so that the other kinds' requests are those of earlier runs.
        Random gapRandom = new(Seed + 1);
        for (int i = 0; i < count; i++)
        {
            string benchmark = random.Next(3) < 2 ? "city" : "parent";
            plan["profile api"].Add($"/api/v1/profiles/{Pick(random, profiles)}/areas/{Pick(random, areas)}?benchmark={benchmark}");
            plan["profile page"].Add($"/{Pick(random, Languages)}/profiles/{Pick(random, profiles)}/areas/{Pick(random, areas)}");
            plan["overview page"].Add($"/{Pick(random, Languages)}/profiles/{Pick(random, profiles)}?type={Pick(random, OverviewTypes)}");
            (string indicator, string areaType, string[] periods, string[] breakdowns, string[] cellAreas) = Pick(random, levels);
            string period = random.Next(4) < 3 || periods.Length == 1 ? periods[^1] : periods[random.Next(periods.Length - 1)];
            string breakdown = random.Next(5) < 4 || breakdowns.Length == 1 ? breakdowns[0] : breakdowns[1 + random.Next(breakdowns.Length - 1)];
            plan["data api"].Add(DataPath(indicator, areaType, period, breakdown));
            (indicator, areaType, _, _, cellAreas) = Pick(random, levels);
            plan["indicator page"].Add($"/{Pick(random, Languages)}/indicators/{indicator}?type={areaType}&area={Pick(random, cellAreas)}");
            (indicator, _, _, breakdowns, cellAreas) = Pick(random, levels);
            plan["series api"].Add($"/api/v1/indicators/{indicator}/series?area={Pick(random, cellAreas)}&breakdown={Uri.EscapeDataString(breakdowns[0])}");
            (indicator, areaType, _, breakdowns, _) = Pick(gapRandom, levels);
            plan["gap api"].Add($"/api/v1/indicators/{indicator}/gap?areaType={areaType}&breakdown={Uri.EscapeDataString(breakdowns[0])}");
        }

        return plan;
    }

    private static string DataPath(string indicator, string areaType, string period, string breakdown) =>
        $"/api/v1/indicators/{indicator}/data?areaType={areaType}&period={Uri.EscapeDataString(period)}&breakdown={Uri.EscapeDataString(breakdown)}";

    private static async Task GetAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} while discovering the catalogue.");
        }

        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/>.</summary>
    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
