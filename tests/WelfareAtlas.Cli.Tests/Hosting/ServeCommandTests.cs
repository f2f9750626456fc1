using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Hosting;

/// <summary><c>atlas serve</c> as a real process: how it fails to start.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-serve-test-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task Serve_OnATakenPort_IsOneAtlasLineAndExitOne_WithoutTheHostsStackTrace()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        string store = Path.Combine(directory.FullName, "data");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", store)).ExitCode);
        using TcpListener taken = new(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        string url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])[RepositoryFiles.Path("artifacts", "bin", "WelfareAtlas.Cli", "debug", "atlas.dll"), "serve", "--data-dir", store, "--urls", url])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(token);
        Task<string> error = process.StandardError.ReadToEndAsync(token);
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Equal($"atlas: Failed to bind to address {url}: address already in use.", (await error).TrimEnd());
        string log = await output;
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.Contains("ready", log, StringComparison.Ordinal);
    }
}
