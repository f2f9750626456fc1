using System.Diagnostics;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>
/// <c>atlas</c> as a real child process (the built <c>atlas.dll</c>): for what only a fresh process shows, such as a kill
/// mid-import or process-wide state (registered encodings) that the other tests of this process have already set up.
/// </summary>
internal static class AtlasProcess
{
    /// <summary>Starts <c>atlas</c> with <paramref name="args"/>; its output and error are drained and dropped.</summary>
    public static Process Start(params string[] args)
    {
        Process process = Process.Start(StartInfo(args))!;
        // Drain the pipes so the child never blocks on a full one.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs <c>atlas</c> with <paramref name="args"/> to its end: its exit code and what it wrote.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        using Process process = Process.Start(StartInfo(args))!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(token);
        Task<string> error = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        string atlas = RepositoryFiles.Path("artifacts", "bin", "WelfareAtlas.Cli", "debug", "atlas.dll");
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(atlas);
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
