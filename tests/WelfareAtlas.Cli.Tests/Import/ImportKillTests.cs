using System.Diagnostics;
using System.Globalization;
using System.Text;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>A real <c>atlas import</c> process killed mid-import leaves the store as it was and usable.</summary>
public sealed class ImportKillTests : IAsyncLifetime
{
    private const string Mapping = """
        {
          "source": "kill-test",
          "csv": { "delimiter": ";", "decimalSeparator": "comma" },
          "area": { "column": "alue", "kind": "kokotunnus" },
          "period": { "column": "kuukausi" },
          "indicator": { "constant": "chat-contacts" },
          "breakdown": { "name": "topic", "field": { "column": "aihe" } },
          "values": [ { "numerator": "yhteydenotot", "denominator": "väestö" } ]
        }
        """;

    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Theory]
    [InlineData(1500)] // while rows are being read and staged
    [InlineData(6000)] // later in the import: reading, duplicate check or commit, wherever it has got to
    public async Task Import_ProcessKilledMidImport_LeavesNoPartOfTheBatchAndTheStoreWorks(int killAfterMilliseconds)
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        string spec = Path.Combine(Store.Scratch, "spec.json");
        await File.WriteAllTextAsync(spec, Mapping, token);
        string small = Path.Combine(Store.Scratch, "small.csv");
        await File.WriteAllTextAsync(small, "alue;kuukausi;aihe;yhteydenotot;väestö\n0915503392;2024-01;a;1;10\n", token);
        Assert.Equal(ExitCodes.Success, (await Store.AtlasAsync("import", small, "--mapping", spec)).ExitCode);

        string large = Path.Combine(Store.Scratch, "large.csv");
        // Large enough that the import (the bulk CSV path: reading and staging, then the commit) is still at work 6 s in.
        WriteLarge(large, rows: 6_000_000);
        using Process process = AtlasProcess.Start("import", large, "--mapping", spec, "--data-dir", Store.DataDirectory);
        await Task.Delay(killAfterMilliseconds, token);
        Assert.False(process.HasExited, "the import finished before it could be killed; make the file larger");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(token);

        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM rejected_rows"));
        string another = Path.Combine(Store.Scratch, "another.csv");
        await File.WriteAllTextAsync(another, "alue;kuukausi;aihe;yhteydenotot;väestö\n0915503392;2024-02;a;2;10\n", token);
        CliRun after = await Store.AtlasAsync("import", another, "--mapping", spec);
        Assert.True(after.ExitCode == ExitCodes.Success, after.Error);
        Assert.Equal(2L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
    }

    private static void WriteLarge(string path, int rows)
    {
        using StreamWriter writer = new(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("alue;kuukausi;aihe;yhteydenotot;väestö\n");
        for (int n = 0; n < rows; n++)
        {
            // Unique keys: 1 000 topics × 3 000 months (from 1900) in one sub-district.
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"0915503392;{1900 + (n / 1000 / 12)}-{((n / 1000) % 12) + 1:D2};t{n % 1000};{n % 7};{10 + (n % 5)},0\n"));
        }
    }
}
