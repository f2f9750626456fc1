using System.Globalization;
using System.Text;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>
/// The bulk CSV path (its own line reader, distinct texts mapped once, keyed rows appended) stores exactly what the streaming path
/// stores: each file is imported into two fresh stores, once each way, and every stored row is compared.
/// </summary>
public sealed class BulkCsvEquivalenceTests : IAsyncLifetime
{
    private const string ChatMapping = """
        {
          "source": "bulk-chat",
          "csv": { "delimiter": ";", "decimalSeparator": "comma", "encoding": "utf-8", "headerLine": 1 },
          "area": { "column": "alue", "kind": "kokotunnus" },
          "period": { "column": "kuukausi" },
          "indicator": { "constant": "chat-contacts" },
          "sex": { "column": "sukupuoli", "map": { "N": "female", "M": "male", "Yht": "total" }, "unmapped": "error" },
          "age": { "column": "ikäryhmä" },
          "breakdown": { "name": "topic", "field": { "column": "aihe" } },
          "values": [ { "numerator": "yhteydenotot", "denominator": "väestö" } ],
          "suppressed": [ "." ]
        }
        """;

    private const string ChatHeader = "alue;kuukausi;sukupuoli;ikäryhmä;aihe;yhteydenotot;väestö";

    // Real sub-districts, 1 200 rows a month (periods stay within the years a period may have): the rows sum up to
    // their districts, major districts and the city.
    private static readonly string[] SubDistricts = [.. HelsinkiGeography.Load().Areas.Where(a => a.Type == AreaType.SubDistrict).Select(a => a.Code.Value).Take(40)];

    private ImportStore? streaming;
    private ImportStore? bulk;

    public async ValueTask InitializeAsync()
    {
        streaming = await ImportStore.CreateAsync();
        bulk = await ImportStore.CreateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await streaming!.DisposeAsync();
        await bulk!.DisposeAsync();
    }

    [Fact]
    public async Task Import_PaavoLongCsv_SameStoredRowsBothWays()
    {
        // Quoted variable names, CRLF line ends, and the crosswalk's derived rows.
        await AssertSameAsync(
            RepositoryFiles.Path("data", "paavo", "paavo_helsinki_2020_2023_long.csv"),
            await File.ReadAllBytesAsync(RepositoryFiles.Path("docs", "import", "examples", "paavo-population-long.json"), TestContext.Current.CancellationToken),
            expectBulk: true);
    }

    [Fact]
    public async Task Import_SotkanetWideCsv_SameStoredRowsBothWays()
    {
        // A wide file: one values entry per indicator and year, quoted header names, a where filter.
        await AssertSameAsync(
            RepositoryFiles.Path("data", "sotkanet", "sotkanet_kunta_1990_2012_wide.csv"),
            await File.ReadAllBytesAsync(RepositoryFiles.Path("docs", "import", "examples", "sotkanet-helsinki.json"), TestContext.Current.CancellationToken),
            expectBulk: true);
    }

    [Fact]
    public async Task Import_DemoDeliveryCsvs_SameStoredRowsBothWays()
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("atlas-bulk-demo-");
        try
        {
            IReadOnlyList<WrittenDelivery> written = DemoGenerator.Write(DemoSetting.Create(DemoScale.City, DemoLoader.DefaultSeed), folder.FullName, TestContext.Current.CancellationToken);
            int bulkRead = 0;
            foreach (WrittenDelivery delivery in written.Where(d => d.Layout.Format == DeliveryFormat.Csv))
            {
                string file = Path.Combine(folder.FullName, delivery.Layout.FileName);
                byte[] mapping = DeliveryMappingSpec.ToJson(delivery.Layout);
                bulkRead += await AssertSameAsync(file, mapping, expectBulk: null) ? 1 : 0;
            }

            // UTF-8 deliveries go in bulk; the Latin-1 ones stream.
            Assert.True(bulkRead > 0, "no demo delivery took the bulk path");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Import_GeneratedCsvOfManyBuffers_SameRowsAndLinesBothWays()
    {
        // Rows over many buffers of the reader, read and appended by two threads: the lines (row order) must still be the file's.
        string file = Generated("many.csv", Rows(300_000), lineEnd: "\n");
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(ChatMapping), expectBulk: true);
    }

    [Fact]
    public async Task Import_LargeFileInBulk_ReportsTheRowsReadWhileReading()
    {
        string file = Generated("progress.csv", Rows(50_000), lineEnd: "\n");
        RecordingProgress progress = new();

        ImportResult result = await ImportWithProgressAsync(file, progress, recompute: false);

        Assert.True(result.ReadInBulk, result.BulkDeclined);
        Assert.Equal(50_000, result.RowsRead);
        // The stage at its start, every 16 384 rows while reading, the total once more, then the commit; the file's
        // lines (header and rows) are the bar's length.
        Assert.Equal(
            [
                new ImportProgress(ImportStage.Reading, 0, 50_001),
                new ImportProgress(ImportStage.Reading, 16_384, 50_001),
                new ImportProgress(ImportStage.Reading, 32_768, 50_001),
                new ImportProgress(ImportStage.Reading, 49_152, 50_001),
                new ImportProgress(ImportStage.Reading, 50_000, 50_001),
                new ImportProgress(ImportStage.Committing, 50_000, 50_001),
            ],
            progress.Reported);
    }

    [Fact]
    public async Task Import_FileTheBulkPathGivesUpPartWay_ReportsReadingAgainFromTheStartThenCommitAndRecompute()
    {
        // A stray quote on the 18 001st row: the bulk path has read past its first report when it gives up.
        List<string> rows = [.. Rows(20_000)];
        rows[18_000] = rows[18_000].Replace(";t", ";t\"", StringComparison.Ordinal);
        string file = Generated("gives-up.csv", rows, lineEnd: "\n");
        RecordingProgress progress = new();

        ImportResult result = await ImportWithProgressAsync(file, progress, recompute: true);

        Assert.Equal(ImportStatus.Committed, result.Status);
        Assert.False(result.ReadInBulk);
        Assert.Equal(
            [
                new ImportProgress(ImportStage.Reading, 0, 20_001),
                new ImportProgress(ImportStage.Reading, 16_384, 20_001),
                new ImportProgress(ImportStage.ReadingAgain, 0, 20_001),
                new ImportProgress(ImportStage.ReadingAgain, 10_000, 20_001),
                new ImportProgress(ImportStage.ReadingAgain, 20_000, 20_001),
                new ImportProgress(ImportStage.ReadingAgain, 20_000, 20_001),
                new ImportProgress(ImportStage.Committing, 20_000, 20_001),
                new ImportProgress(ImportStage.Recomputing, 20_000, 20_001),
            ],
            progress.Reported);
    }

    [Fact]
    public async Task Import_GeneratedCsvWithBomCrlfMarkersAndDuplicates_SameRowsAndRejectionsBothWays()
    {
        List<string> rows = [.. Rows(2_000)];
        rows[10] = "0915503392;2024-07;N;7-17;yksinäisyys;.;1 234,0"; // suppressed by the source
        rows[11] = "0915503392;2024-07;M;7-17;yksinäisyys;..;1 180"; // missing, with its marker
        rows[12] = " 0915503392 ;2024M08; Yht ;all;total;30;2414"; // spaces around texts, a total breakdown
        rows[13] = "\"0915503392\";2024M08;Yht;all;\"x;y\";3;24"; // quoted fields; a ';' in a category is BAD_BREAKDOWN
        rows.Add(rows[0].Replace(";1", ";2", StringComparison.Ordinal)); // the same key as line 2, with --allow-partial
        string file = Generated("crlf.csv", rows, lineEnd: "\r\n", bom: true);
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(ChatMapping), expectBulk: false, allowPartial: true);
        rows.RemoveAt(13);
        string clean = Generated("crlf-clean.csv", rows, lineEnd: "\r\n", bom: true);
        await AssertSameAsync(clean, Encoding.UTF8.GetBytes(ChatMapping), expectBulk: true, allowPartial: true);
        // Both ways the repeated key names the line of the first and where each part comes from.
        Assert.Equal(
            $"{rows.Count + 1}|The key came earlier in the file on line 2: indicator \"chat-contacts\" (the mapping's constant), area \"{SubDistricts[0]}\" (column \"alue\"), "
                + "period \"2000M01\" (column \"kuukausi\"), breakdown \"sex=female;age=0-6;topic=t0\" (columns \"sukupuoli\", \"ikäryhmä\", \"aihe\"); the first is kept.",
            Assert.Single(await bulk!.QueryAsync<string>("SELECT line || '|' || message FROM rejected_rows WHERE code = 'DUPLICATE_KEY' AND batch_id = 2")));
    }

    [Fact]
    public async Task Import_GeneratedWideCsvWithFiltersLimitsAndRepeatedKeys_SameRowsAndRejectionsBothWays()
    {
        // A where filter, an indicator column whose unmapped texts are skipped (an uncatalogued one only on rows the
        // filter drops), values with limits and a range, missing markers, and a second entry with its own indicator and
        // period whose key repeats on every row of an area: duplicates, stored as rejected with --allow-partial.
        const string mapping = """
            {
              "source": "bulk-values",
              "csv": { "delimiter": ",", "decimalSeparator": "point", "encoding": "utf-8", "headerLine": 1 },
              "where": { "kind": [ "keep" ] },
              "area": { "column": "area", "kind": "kokotunnus" },
              "indicator": { "column": "ind", "map": { "P": "chat-contacts", "U": "unemployed-share", "X": "no-such-indicator" }, "unmapped": "skip" },
              "period": { "column": "year" },
              "values": [
                { "value": "v", "lower": "lo", "upper": "hi", "min": 0, "max": 1000 },
                { "indicator": "population", "numerator": "n", "period": "2020" }
              ]
            }
            """;
        List<string> rows = ["kind,area,ind,year,v,lo,hi,n"];
        for (int i = 0; i < 4_000; i++)
        {
            bool dropped = i % 7 == 0;
            string indicator = dropped ? "X" : i % 5 == 0 ? "Q" : i % 2 == 0 ? "P" : "U";
            double value = (i % 90) + 0.25;
            string limits = i % 3 == 0 ? "," : string.Create(CultureInfo.InvariantCulture, $"{value - 1},{value + 1}");
            string given = i % 11 == 0 ? ".." : value.ToString(CultureInfo.InvariantCulture);
            string count = i % 13 == 0 ? string.Empty : (i % 100).ToString(CultureInfo.InvariantCulture);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{(dropped ? "drop" : "keep")},{SubDistricts[i % SubDistricts.Length]},{indicator},{1900 + (i / SubDistricts.Length)},{given},{limits},{count}"));
        }

        string file = Path.Combine(streaming!.Scratch, "wide.csv");
        await File.WriteAllLinesAsync(file, rows, TestContext.Current.CancellationToken);
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(mapping), expectBulk: true, allowPartial: true);
        // The first entry takes the row's indicator and period, the second has its own: both origins are named.
        IReadOnlyList<string> duplicates = await bulk!.QueryAsync<string>("SELECT message FROM rejected_rows WHERE code = 'DUPLICATE_KEY'");
        Assert.NotEmpty(duplicates);
        Assert.All(
            duplicates,
            message => Assert.Matches(
                "^The key came earlier in the file on line [0-9]+: indicator \"population\" \\(column \"ind\" or its values entry\\), area \"[0-9]{10}\" \\(column \"area\"\\), "
                    + "period \"2020\" \\(column \"year\" or its values entry\\), breakdown \"total\" \\(none in the mapping\\); the first is kept\\.$",
                message));
    }

    [Fact]
    public async Task Import_GeneratedCsvWithLargeKeySpaceAndRepeatedKey_SameRowsAndRejectionsBothWays()
    {
        // 40 areas × 1 200 months × 6 000 breakdowns: more combinations of the bulk path's key numbers than its bitmap
        // of repeated keys takes (2^28), so the count of distinct hashes decides; the last row repeats the first's key.
        List<string> rows = [.. Enumerable.Range(0, 6_000).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"{SubDistricts[i % SubDistricts.Length]};{2000 + (i % 1_200 / 12)}-{(i % 12) + 1:D2};N;7-17;t{i};{i % 13};{100 + (i % 50)}"))];
        rows.Add(rows[0].Replace(";0;100", ";1;100", StringComparison.Ordinal));
        string file = Generated("large-key-space.csv", rows, lineEnd: "\n");
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(ChatMapping), expectBulk: true, allowPartial: true);
    }

    [Theory]
    [InlineData("0915503392;2024-06;N;7-17;a;11;10")] // a proportion's numerator above its denominator
    [InlineData("0915503392;2024-06;N;7-17;a;x;10")] // not a number
    [InlineData("0919999999;2024-06;N;7-17;a;1;10")] // an unknown area
    [InlineData("0915503392;2024-13;N;7-17;a;1;10")] // no such month
    [InlineData("0915503392;2024-06;X;7-17;a;1;10")] // a sex the map lacks ("unmapped": "error")
    [InlineData("0915503392;2024-06;N;7-17;a;-1;10")] // a negative count
    [InlineData("0915503392;2024-06;N;7-17;a;1;10;9")] // a field too many
    [InlineData("0915503392;2024-06;N;7-17;a\"b;1;10")] // a stray quote, kept with a warning
    [InlineData("0915503392;2024-06;N;7-17;\"a\nb\";1;10")] // a field over two lines
    [InlineData("")] // a blank line
    public async Task Import_FileWithOneProblem_FallsBackAndReportsTheSameBothWays(string row)
    {
        List<string> rows = [.. Rows(500)];
        rows.Insert(250, row);
        string file = Generated("problem.csv", rows, lineEnd: "\n");
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(ChatMapping), expectBulk: false);
        await AssertSameAsync(file, Encoding.UTF8.GetBytes(ChatMapping.Replace("\"bulk-chat\"", "\"bulk-chat-partial\"", StringComparison.Ordinal)), expectBulk: false, allowPartial: true);
    }

    private static IEnumerable<string> Rows(int count)
    {
        string[] sexes = ["N", "M"];
        string[] ages = ["0-6", "7-17", "18-29", "30-64", "65+"];
        int n = 0;
        for (int month = 0; ; month++)
        {
            string period = string.Create(CultureInfo.InvariantCulture, $"{2000 + (month / 12)}-{(month % 12) + 1:D2}");
            foreach (string area in SubDistricts)
            {
                foreach (string sex in sexes)
                {
                    foreach (string age in ages)
                    {
                        for (int topic = 0; topic < 3; topic++, n++)
                        {
                            if (n == count)
                            {
                                yield break;
                            }

                            yield return string.Create(CultureInfo.InvariantCulture, $"{area};{period};{sex};{age};t{topic};{n % 13};{100 + (n % 50)},5");
                        }
                    }
                }
            }
        }
    }

    private string Generated(string name, IEnumerable<string> rows, string lineEnd, bool bom = false)
    {
        string path = Path.Combine(streaming!.Scratch, name);
        using StreamWriter writer = new(path, false, new UTF8Encoding(bom));
        writer.Write(ChatHeader + lineEnd);
        foreach (string row in rows)
        {
            writer.Write(row + lineEnd);
        }

        return path;
    }

    /// <summary>Imports into both stores and compares; returns whether the bulk path read it (checked against <paramref name="expectBulk"/> unless null).</summary>
    private async Task<bool> AssertSameAsync(string file, byte[] mapping, bool? expectBulk, bool allowPartial = false)
    {
        ImportResult slow = await ImportAsync(streaming!, file, mapping, bulkCsv: false, allowPartial);
        ImportResult fast = await ImportAsync(bulk!, file, mapping, bulkCsv: true, allowPartial);
        Assert.False(slow.ReadInBulk);
        if (expectBulk is { } expected)
        {
            Assert.True(!expected || slow.Status == ImportStatus.Committed, $"{Path.GetFileName(file)} should import: {string.Join("; ", slow.Problems.Take(3))}");
            Assert.True(expected == fast.ReadInBulk, $"{Path.GetFileName(file)}: expected the bulk path {(expected ? "to read it" : "to decline")}; declined because: {fast.BulkDeclined}");
        }

        Assert.Equal(slow.Status, fast.Status);
        Assert.Equal(slow.BatchId, fast.BatchId);
        Assert.Equal(
            (slow.RowsRead, slow.RowsSkipped, slow.RowsImported, slow.RowsRejected, slow.RowsDerived, slow.RowsSuperseded, slow.ProblemsNotShown),
            (fast.RowsRead, fast.RowsSkipped, fast.RowsImported, fast.RowsRejected, fast.RowsDerived, fast.RowsSuperseded, fast.ProblemsNotShown));
        Assert.Equal(slow.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
        foreach (string query in StoredRows)
        {
            IReadOnlyList<string> expectedRows = await streaming!.QueryAsync<string>(query);
            IReadOnlyList<string> actualRows = await bulk!.QueryAsync<string>(query);
            Assert.Equal(expectedRows.Count, actualRows.Count);
            for (int i = 0; i < expectedRows.Count; i++)
            {
                Assert.True(SameRow(expectedRows[i], actualRows[i]), $"{Path.GetFileName(file)}: row {i} differs:\n  streaming {expectedRows[i]}\n  bulk      {actualRows[i]}");
            }
        }

        return fast.ReadInBulk;
    }

    // Every stored row of an import, one text per row. Counts are printed in full ('R'); derived sums are compared
    // within rounding below, as DuckDB's parallel sums may add in a different order from run to run.
    private static readonly string[] StoredRows =
    [
        """
        SELECT concat_ws('|', batch_id, indicator_id, area_code, period, period_start, period_end, breakdown, numerator, denominator, value,
                         lower_limit, upper_limit, status, source_symbol, source_line, derivation, superseded_by)
        FROM observations ORDER BY batch_id, indicator_id, area_code, period, breakdown
        """,
        "SELECT concat_ws('|', batch_id, line, location, code, message, value) FROM rejected_rows ORDER BY batch_id, line, code, message",
        "SELECT concat_ws('|', batch_id, period, from_code, to_code, basis, weight) FROM derivation_weights ORDER BY ALL",
        """
        SELECT concat_ws('|', id, source, file_name, content_hash, mapping_hash, status, partial, rows_read, rows_imported, rows_rejected,
                         rows_derived, rows_superseded)
        FROM import_batches ORDER BY id
        """,
    ];

    private static bool SameRow(string expected, string actual)
    {
        if (expected == actual)
        {
            return true;
        }

        string[] a = expected.Split('|');
        string[] b = actual.Split('|');
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]
                && !(double.TryParse(a[i], CultureInfo.InvariantCulture, out double x)
                    && double.TryParse(b[i], CultureInfo.InvariantCulture, out double y)
                    && Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps every report, in the order made (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class RecordingProgress : IProgress<ImportProgress>
    {
        private readonly List<ImportProgress> reported = [];

        public IReadOnlyList<ImportProgress> Reported
        {
            get
            {
                lock (reported)
                {
                    return [.. reported];
                }
            }
        }

        public void Report(ImportProgress value)
        {
            lock (reported)
            {
                reported.Add(value);
            }
        }
    }

    private async Task<ImportResult> ImportWithProgressAsync(string file, RecordingProgress progress, bool recompute)
    {
        await using AtlasStore opened = await AtlasStore.OpenAsync(bulk!.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        return await new BatchImporter(opened.DataSource, TimeProvider.System, recompute).ImportAsync(
            new ImportRequest(file, Path.GetFileName(file), Encoding.UTF8.GetBytes(ChatMapping), "mapping.json", "test", AllowPartial: false, DryRun: false),
            progress,
            TestContext.Current.CancellationToken);
    }

    private static async Task<ImportResult> ImportAsync(ImportStore store, string file, byte[] mapping, bool bulkCsv, bool allowPartial)
    {
        await using AtlasStore opened = await AtlasStore.OpenAsync(store.DataDirectory, TimeProvider.System);
        BatchImporter importer = new(opened.DataSource, TimeProvider.System, recompute: false) { BulkCsv = bulkCsv };
        return await importer.ImportAsync(
            new ImportRequest(file, Path.GetFileName(file), mapping, "mapping.json", "test", allowPartial, DryRun: false),
            null,
            TestContext.Current.CancellationToken);
    }
}
