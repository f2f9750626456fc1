using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// Server time of the profile and indicator pages and API calls on the Helsinki demo data: the real app on Kestrel
/// at a loopback port, one request at a time from an HttpClient (so the figures include loopback HTTP, which the
/// server time is less than). The P95 column is the figure the target (under 50 ms) is about.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 30, invocationCount: 16)]
[Config(typeof(Percentiles))]
public class ServingBenchmarks : IDisposable
{
    private WebApplication? app;
    private HttpClient? client;
    private string directory = string.Empty;

    [Params(
        "/api/v1/profiles/children-and-young-people/areas/0917704000",
        "/api/v1/indicators/social-assistance-recipients/data?areaType=sub-district",
        "/api/v1/indicators/youth-chat-conversations/series?area=00100",
        "/en/profiles/children-and-young-people/areas/0917704000",
        "/fi/indicators/social-assistance-recipients?type=district",
        "/sv/profiles/working-age-adults?type=sub-district")]
    public string Path { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        directory = DemoStore.CopyAsync().GetAwaiter().GetResult();
        app = AtlasWebApplication.Create(["--data-dir", directory, "--urls", "http://127.0.0.1:0", "--Store:LoadDemo", "false", "--Logging:LogLevel:Default", "Warning"]);
        app.StartAsync().GetAwaiter().GetResult();
        client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client?.Dispose();
        app?.StopAsync().GetAwaiter().GetResult();
        app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(directory, recursive: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        client?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public async Task<int> Get()
    {
        using HttpResponseMessage response = await client!.GetAsync(new Uri(Path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }
}
