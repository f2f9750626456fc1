using System.Text;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>
/// Declared single-byte encodings in a fresh <c>atlas</c> process. In this test process some other test has usually
/// registered .NET's code pages already, which hid that a fresh process could not look up <c>iso-8859-15</c> or
/// <c>windows-1252</c> by name.
/// </summary>
public sealed class ImportEncodingTests : IAsyncLifetime
{
    // A Latin-9 PX file: '#' stands for byte 0xA4, the euro sign in ISO-8859-15 (the currency sign ¤ in Windows-1252).
    private const string Latin9Px = """
        CHARSET="ANSI";
        CODEPAGE="iso-8859-15";
        TITLE="Asukkaat";
        CONTENTS="Asukkaat";
        UNITS="#";
        DECIMALS=0;
        STUB="Alue","Vuosi";
        HEADING="Tiedot";
        VALUES("Alue")="091";
        VALUES("Vuosi")="2023";
        VALUES("Tiedot")="Asukkaat #","Tulot #/asukas";
        DATA=
        650000 31000;
        """;

    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task Import_Latin9PxInAFreshProcess_ReadsTheEuroSign()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        string file = Path.Combine(Store.Scratch, "latin9.px");
        await File.WriteAllBytesAsync(file, [.. Encoding.ASCII.GetBytes(Latin9Px).Select(b => b == (byte)'#' ? (byte)0xA4 : b)], token);
        string spec = Path.Combine(Store.Scratch, "latin9.json");
        // Only the category labelled with the euro sign is mapped: read as "Asukkaat ¤", it would be skipped like the other.
        await File.WriteAllTextAsync(spec, """
            {
              "source": "latin9-test",
              "cubeText": "label",
              "area": { "column": "Alue", "kind": "municipality" },
              "period": { "column": "Vuosi" },
              "indicator": { "column": "Tiedot", "map": { "Asukkaat €": "population" }, "unmapped": "skip" },
              "values": [ { "numerator": "value" } ]
            }
            """, token);

        CliRun run = await AtlasProcess.RunAsync("import", file, "--mapping", spec, "--data-dir", Store.DataDirectory);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.DoesNotContain("PX_UNKNOWN_CODEPAGE", run.Error, StringComparison.Ordinal);
        Assert.Equal(650000.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE indicator_id = 'population' AND area_code = '091'"));
    }

    [Theory]
    [InlineData("pxtools-pcaxis-serializers/Issue220Finland.px")] // CODEPAGE="iso-8859-15", Statistics Finland
    [InlineData("icane-pyaxis/27067.px")] // CODEPAGE="iso-8859-15"
    [InlineData("icane-pyaxis/px-x-0602000000_107.px")] // CODEPAGE="iso-8859-15"
    [InlineData("statisticsgreenland-pxmake/BEXSTA_windows_1252.px")] // CODEPAGE="Windows-1252"
    public async Task Import_ReferencePxWithDeclaredCodePageInAFreshProcess_GivesNoEncodingWarning(string relative)
    {
        string file = RepositoryFiles.Path("tests", "WelfareAtlas.Import.Tests", "TestData", "formats", "px", relative);
        string spec = Path.Combine(Store.Scratch, "spec.json");
        // A mapping that stops at its missing column, after the file is read: the file's own problems are listed with it.
        await File.WriteAllTextAsync(spec, """
            {
              "source": "codepage-test",
              "area": { "column": "no-such-dimension" },
              "period": { "constant": "2020" },
              "indicator": { "constant": "population" },
              "values": [ { "numerator": "value" } ]
            }
            """, TestContext.Current.CancellationToken);

        CliRun run = await AtlasProcess.RunAsync("import", file, "--mapping", spec, "--data-dir", Store.DataDirectory);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("SPEC_COLUMN_MISSING", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PX_UNKNOWN_CODEPAGE", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PX_REPLACEMENT_CHARACTER", run.Error, StringComparison.Ordinal);
    }
}
