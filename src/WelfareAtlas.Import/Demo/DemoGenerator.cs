using System.Diagnostics;
using System.Text.Json;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Demo.National;
using WelfareAtlas.Import.Geography;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// The seeded, deterministic generator of demo deliveries: PUHTI-like files by postal area, the city's register
/// extracts by sub-district, the population estimates and the real Paavo-derived indicators, each with a manifest.
/// Same scale and seed → byte-identical files. Assumptions in docs/demo-data.md.
/// </summary>
public static class DemoGenerator
{
    /// <summary>The index file listing every delivery of a run.</summary>
    public const string IndexFileName = "manifest.json";

    /// <summary>The prefix of every synthetic file's name.</summary>
    public const string SyntheticPrefix = "DEMO_";

    /// <summary>The area file of the national scale (its synthetic geography, <see cref="AreaFile"/>), written before the deliveries.</summary>
    public const string NationalAreaFileName = SyntheticPrefix + "aluejako_kansallinen.json";

    /// <summary>The mapping spec file written beside a delivery file.</summary>
    public static string MappingFileNameOf(string deliveryFileName) => deliveryFileName + ".mapping.json";

    /// <summary>The delivery files of <paramref name="setting"/>, not yet written; synthetic ones are named <see cref="SyntheticPrefix"/>….</summary>
    public static IReadOnlyList<DeliveryFile> Files(DemoSetting setting)
    {
        List<DeliveryFile> files = [.. PopulationDeliveries.Create(setting)];
        files.Add(GroceryDelivery.Create(setting));
        files.Add(PaymentDefaultDelivery.Create(setting));
        files.Add(SportsLicenceDelivery.Create(setting));
        files.Add(YouthChatDelivery.Create(setting));
        files.AddRange(RegisterSpecs.All.Select(spec => RegisterDelivery.Create(setting, spec)));
        if (setting.Paavo is { } paavo)
        {
            files.Add(PaavoDerivedDelivery.Create(paavo));
        }

        if (setting.Scale == DemoScale.National)
        {
            // "All indicators": the national scale has no real Paavo or Sotkanet figures, so it gets synthetic ones.
            files.Add(NationalPaavoDelivery.Create(setting));
            files.Add(NationalSotkanetDelivery.Create(setting));
        }

        // Whoever opens a synthetic file by itself must see what it is before reading a number.
        return [.. files.Select(file => file.Layout.Synthetic ? file with { Layout = file.Layout with { FileName = SyntheticPrefix + file.Layout.FileName } } : file)];
    }

    /// <summary>
    /// Writes every file of <paramref name="setting"/> with its manifest and its mapping spec (<see cref="MappingFileNameOf"/>,
    /// for <c>atlas import FILE --mapping SPEC</c>) into <paramref name="directory"/> (created if missing), the national
    /// scale's area file (<see cref="NationalAreaFileName"/>), then the index <see cref="IndexFileName"/>. Files are
    /// written in parallel, each streamed.
    /// </summary>
    /// <returns>What was written, file by file, in the order of <see cref="Files"/>.</returns>
    public static IReadOnlyList<WrittenDelivery> Write(DemoSetting setting, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        IReadOnlyList<DeliveryFile> files = Files(setting);
        if (setting.Geography is { } geography)
        {
            File.WriteAllBytes(Path.Combine(directory, NationalAreaFileName), AreaFile.ToJson(
                geography,
                synthetic: true,
                "SYNTHETIC. The invented municipalities, districts, sub-districts and postal areas of the national demo scale, with the postal area to sub-district crosswalk; no area is real (codes begin with 999, no Finnish municipality's code). Import with: atlas areas import FILE."));
        }

        WrittenDelivery[] written = new WrittenDelivery[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            Stopwatch watch = Stopwatch.StartNew();
            DeliveryFile file = files[i];
            long rows = DeliveryWriter.Write(file, directory);
            string sha256 = DeliveryManifest.Sha256(Path.Combine(directory, file.Layout.FileName));
            File.WriteAllBytes(Path.Combine(directory, DeliveryManifest.FileNameOf(file.Layout.FileName)), DeliveryManifest.ToJson(file.Layout, rows, sha256));
            File.WriteAllBytes(Path.Combine(directory, MappingFileNameOf(file.Layout.FileName)), DeliveryMappingSpec.ToJson(file.Layout));
            written[i] = new WrittenDelivery(file.Layout, rows, sha256, watch.Elapsed);
        });

        using (FileStream stream = File.Create(Path.Combine(directory, IndexFileName)))
        using (Utf8JsonWriter json = new(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "Welfare Atlas demo generator (atlas demo)");
            json.WriteString("scale", setting.Scale == DemoScale.City ? "city" : "national");
            json.WriteNumber("seed", setting.Seed);
            json.WriteString("notice", "Files marked synthetic are generated demo data and describe no real people; see docs/demo-data.md.");
            if (setting.Geography is not null)
            {
                json.WriteString("areas", NationalAreaFileName);
            }

            json.WriteStartArray("files");
            foreach (WrittenDelivery delivery in written)
            {
                json.WriteStartObject();
                json.WriteString("file", delivery.Layout.FileName);
                json.WriteString("manifest", DeliveryManifest.FileNameOf(delivery.Layout.FileName));
                json.WriteString("mapping", MappingFileNameOf(delivery.Layout.FileName));
                json.WriteBoolean("synthetic", delivery.Layout.Synthetic);
                json.WriteNumber("rows", delivery.Rows);
                json.WriteString("sha256", delivery.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return written;
    }
}
