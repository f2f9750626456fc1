using WelfareAtlas.Import.Demo;
using WelfareAtlas.Import.Demo.Deliveries;

namespace WelfareAtlas.Import.Tests.Demo;

/// <summary>The city-scale demo written three times (seed 42 twice, seed 43 once) into temporary folders, shared by the demo tests.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    public const int Seed = 42;

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("atlas-demo-test-");

    public DemoSetting Setting { get; private set; } = null!;

    public IReadOnlyList<DeliveryFile> Files { get; private set; } = [];

    public string First => Path.Combine(root.FullName, "first");

    public string Second => Path.Combine(root.FullName, "second");

    public string OtherSeed => Path.Combine(root.FullName, "other-seed");

    public ValueTask InitializeAsync()
    {
        Setting = DemoSetting.Create(DemoScale.City, Seed);
        Files = DemoGenerator.Files(Setting);
        DemoGenerator.Write(Setting, First);
        DemoGenerator.Write(DemoSetting.Create(DemoScale.City, Seed), Second);
        DemoGenerator.Write(DemoSetting.Create(DemoScale.City, Seed + 1), OtherSeed);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    public DeliveryFile FileOf(string indicator) =>
        Files.Single(file => file.Layout.Indicators.Any(id => id.Value == indicator) && file.Layout.Synthetic == (indicator != "population" && !indicator.StartsWith("paavo-", StringComparison.Ordinal)));
}
