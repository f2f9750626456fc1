using System.Text.Json;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Tests.Demo;

public sealed class DemoGeneratorTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Write_SameSeed_GivesByteIdenticalFiles()
    {
        string[] names = [.. Directory.GetFiles(demo.First).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        // The index, and beside each delivery its manifest and its mapping spec.
        Assert.Equal(1 + (3 * demo.Files.Count), names.Length);
        Assert.Equal(names, Directory.GetFiles(demo.Second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(demo.First, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(demo.Second, name))), $"{name} differs between two runs with the same seed.");
        }
    }

    [Fact]
    public void Write_DifferentSeed_ChangesEverySyntheticFileAndNoRealOne()
    {
        foreach (DeliveryFile file in demo.Files)
        {
            bool same = File.ReadAllBytes(Path.Combine(demo.First, file.Layout.FileName)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(demo.OtherSeed, file.Layout.FileName)));
            // Population estimates and Paavo-derived figures come from real data only; the seed must not touch them.
            Assert.True(same == !file.Layout.Synthetic, $"{file.Layout.FileName}: synthetic={file.Layout.Synthetic}, same={same}.");
        }
    }

    [Fact]
    public async Task Files_ReadBackFromTheirManifests_EqualTheInMemoryObservations()
    {
        foreach (DeliveryFile file in demo.Files)
        {
            (List<Observation> read, ReadReport report) = await ManifestFileReader.ReadAsync(demo.First, DeliveryManifest.FileNameOf(file.Layout.FileName));
            Assert.False(report.HasErrors, $"{file.Layout.FileName}: {string.Join("; ", report.Problems.Select(p => p.Message))}");
            List<Observation> expected = [.. file.Observations()];
            Assert.Equal(expected.Count, read.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == read[i], $"{file.Layout.FileName}, observation {i}: expected {expected[i]}, read {read[i]}.");
            }
        }
    }

    [Fact]
    public void Files_Formats_AreTheFinnishProducersOnes()
    {
        Assert.Contains(demo.Files, file => file.Layout.Format == DeliveryFormat.Xlsx);
        Assert.Contains(demo.Files, file => file.Layout.Encoding == DeliveryEncoding.Windows1252 && file.Layout.Format == DeliveryFormat.Csv);
        Assert.Contains(demo.Files, file => file.Layout.Encoding == DeliveryEncoding.Utf8Bom && file.Layout.Format == DeliveryFormat.Csv);
        byte[] grocery = File.ReadAllBytes(Path.Combine(demo.First, demo.FileOf("grocery-sweets").Layout.FileName));
        // Windows-1252: "ä" is one byte 0xE4, and there is no BOM.
        Assert.Contains((byte)0xE4, grocery);
        Assert.NotEqual(0xEF, grocery[0]);
        string text = System.Text.Encoding.Latin1.GetString(grocery);
        // Semicolon delimiter, whole euros, the printed shares with a decimal comma, no decimal point in numbers.
        Assert.Matches(@"\n2021-01;\d{5};\d+;\d+;\d+;\d+;\d+;\d+;\d+,\d;", text);
    }

    [Fact]
    public void Manifests_MatchTheCatalogue()
    {
        using JsonDocument index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.First, DemoGenerator.IndexFileName)));
        Assert.Equal(demo.Files.Count, index.RootElement.GetProperty("files").GetArrayLength());
        foreach (DeliveryFile file in demo.Files)
        {
            foreach (IndicatorId id in file.Layout.Indicators)
            {
                Indicator? indicator = IndicatorCatalogue.Find(id);
                Assert.NotNull(indicator);
                Assert.Equal(indicator.Synthetic, file.Layout.Synthetic);
            }

            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.First, DeliveryManifest.FileNameOf(file.Layout.FileName))));
            Assert.Equal(file.Layout.Synthetic, manifest.RootElement.GetProperty("synthetic").GetBoolean());
            Assert.Equal(DeliveryManifest.Sha256(Path.Combine(demo.First, file.Layout.FileName)), manifest.RootElement.GetProperty("sha256").GetString());
            Assert.Equal(file.Layout.Synthetic, file.Layout.Description.StartsWith("SYNTHETIC", StringComparison.Ordinal));
            Assert.Equal(file.Layout.Synthetic, file.Layout.FileName.StartsWith(DemoGenerator.SyntheticPrefix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Files_EverySyntheticIndicatorOfTheCatalogue_HasADelivery()
    {
        HashSet<IndicatorId> delivered = [.. demo.Files.SelectMany(file => file.Layout.Indicators)];
        Assert.All(IndicatorCatalogue.All.Where(i => i.Synthetic || i.Id.Value.StartsWith("paavo-", StringComparison.Ordinal)), i => Assert.Contains(i.Id, delivered));
    }
}
