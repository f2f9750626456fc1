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
        string store = Path.Combine(directory.FullName, "data");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", store)).ExitCode);
        using TcpListener taken = new(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        string url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

        (int exitCode, string log, string error) = await ServeAsync(NoEnvironment, "--data-dir", store, "--urls", url);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal($"atlas: Failed to bind to address {url}: address already in use.", error.TrimEnd());
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.Contains("ready", log, StringComparison.Ordinal);
    }

    [Theory]
    // Not an IP address: the app's build reads the proxies (an InvalidOperationException naming the key).
    [InlineData("ReverseProxy__KnownProxies__0", "proxy.example", "atlas: the configuration is not valid: ReverseProxy:KnownProxies:0 is \"proxy.example\", which is not an IP address.")]
    // Out of range: ValidateOnStart (an OptionsValidationException naming the option).
    [InlineData("RateLimiting__PermitLimit", "0", "atlas: the configuration is not valid: DataAnnotation validation failed for 'RateLimitOptions' members: 'PermitLimit' with the error: 'The field PermitLimit must be between 1 and 1000000.'.")]
    // Not a number: the configuration binder (an InvalidOperationException naming the key).
    [InlineData("RateLimiting__PermitLimit", "many", "atlas: the configuration is not valid: Failed to convert configuration value 'many' at 'RateLimiting:PermitLimit' to type 'System.Int32'.")]
    public async Task Serve_InvalidConfiguration_IsOneAtlasLineAndExitTwo(string variable, string value, string message)
    {
        Dictionary<string, string> environment = new() { [variable] = value, ["Store__LoadDemo"] = "false" };

        (int exitCode, string log, string error) = await ServeAsync(environment, "--data-dir", Path.Combine(directory.FullName, "data"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal(message, error.TrimEnd());
        Assert.DoesNotContain("Unhandled exception", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
    }

    /// <summary>Runs the built <c>atlas serve</c> as a process with <paramref name="environment"/> added to this one's, until it exits.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> ServeAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])[RepositoryFiles.Path("artifacts", "bin", "WelfareAtlas.Cli", "debug", "atlas.dll"), "serve", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(token);
        Task<string> error = process.StandardError.ReadToEndAsync(token);
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await error);
    }
}
