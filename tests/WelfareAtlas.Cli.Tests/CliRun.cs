namespace WelfareAtlas.Cli.Tests;

/// <summary>One run of <c>atlas</c> in-process: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int exitCode = await AtlasCli.RunAsync(args, output, error, name => environment.GetValueOrDefault(name), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
