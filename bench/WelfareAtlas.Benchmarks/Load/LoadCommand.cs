using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace WelfareAtlas.Benchmarks.Load;

/// <summary>
/// <c>load BASE_URL REQUESTS WORKERS [SEED]</c>: a bounded load test of a running app's public API. Draws
/// <see cref="LoadPlan"/>'s requests, sends a warm-up of one request per worker and endpoint kind (not counted), then
/// sends the REQUESTS requests from WORKERS concurrent workers, each a keep-alive connection, and reports throughput,
/// latency percentiles (p50, p95, p99, max) overall and per endpoint, and every error. Exit code 0 only without errors.
/// </summary>
/// <remarks>
/// An error is a transport failure, a timeout (30 s) or any status but 200: the plan asks only for what the server
/// listed, so a 404 is as much a failure as a 500. Latency is from sending the request to reading the whole body.
/// </remarks>
internal static class LoadCommand
{
    private const int DefaultSeed = 20261205;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length is < 3 or > 4
            || !Uri.TryCreate(args[0], UriKind.Absolute, out Uri? baseUrl)
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int requests) || requests < 1
            || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int workers) || workers < 1)
        {
            Console.Error.WriteLine("usage: load BASE_URL REQUESTS WORKERS [SEED]   e.g. load http://127.0.0.1:8080 20000 16 (REQUESTS and WORKERS are positive integers)");
            return 2;
        }

        int seed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : DefaultSeed;
        using HttpClient client = new(new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

        LoadPlan plan = await LoadPlan.DiscoverAsync(client, requests, seed, CancellationToken.None);
        Console.WriteLine($"load: {requests} requests from {workers} workers against {baseUrl} (seed {seed}): {plan.Describe()}");
        await SendAllAsync(client, WarmUp(plan, workers), workers);

        string loadBefore = LoadAverage();
        Stopwatch wall = Stopwatch.StartNew();
        Sample[] samples = await SendAllAsync(client, plan.Paths, workers);
        wall.Stop();

        Report(samples, wall.Elapsed, loadBefore, LoadAverage());
        return samples.Any(s => s.Error is not null) ? 1 : 0;
    }

    // One request of each endpoint kind per worker: connections opened and every code path jitted before timing.
    private static List<string> WarmUp(LoadPlan plan, int workers) =>
        [.. plan.Paths.GroupBy(LoadPlan.EndpointOf).SelectMany(group => group.Take(workers))];

    private static async Task<Sample[]> SendAllAsync(HttpClient client, IReadOnlyList<string> paths, int workers)
    {
        Sample[] samples = new Sample[paths.Count];
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < paths.Count; i = Interlocked.Increment(ref next))
            {
                samples[i] = await SendAsync(client, paths[i]);
            }
        })));
        return samples;
    }

    private static async Task<Sample> SendAsync(HttpClient client, string path)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            using HttpResponseMessage response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            return response.StatusCode == HttpStatusCode.OK
                ? new Sample(path, elapsed, null)
                : new Sample(path, elapsed, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new Sample(path, Stopwatch.GetElapsedTime(start), exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static void Report(Sample[] samples, TimeSpan wall, string loadBefore, string loadAfter)
    {
        int errors = samples.Count(s => s.Error is not null);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{samples.Length} requests in {wall.TotalSeconds:0.00} s: {samples.Length / wall.TotalSeconds:0} requests/s, {errors} errors; load average {loadBefore} before, {loadAfter} after"));
        Console.WriteLine(Line("all", samples));
        foreach (IGrouping<string, Sample> endpoint in samples.GroupBy(s => LoadPlan.EndpointOf(s.Path)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(Line(endpoint.Key, [.. endpoint]));
        }

        foreach (IGrouping<string, Sample> error in samples.Where(s => s.Error is not null).GroupBy(s => s.Error!).Take(10))
        {
            Console.WriteLine($"error x{error.Count()}: {Shorten(error.Key)} (first: GET {error.First().Path})");
        }
    }

    private static string Line(string name, IReadOnlyList<Sample> samples)
    {
        double[] milliseconds = [.. samples.Select(s => s.Elapsed.TotalMilliseconds).Order()];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-12} n={milliseconds.Length,-6} p50 {Percentile(milliseconds, 0.50),7:0.0} ms  p95 {Percentile(milliseconds, 0.95),7:0.0} ms  p99 {Percentile(milliseconds, 0.99),7:0.0} ms  max {milliseconds[^1],7:0.0} ms");
    }

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/>: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    private readonly record struct Sample(string Path, TimeSpan Elapsed, string? Error);
}
