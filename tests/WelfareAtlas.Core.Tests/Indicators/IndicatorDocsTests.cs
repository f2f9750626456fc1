using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;

namespace WelfareAtlas.Core.Tests.Indicators;

public sealed class IndicatorDocsTests
{
    [Fact]
    public void IndicatorsMd_Table_ListsEveryIndicatorWithItsMeasureAndSyntheticFlag()
    {
        Dictionary<string, string[]> rows = File.ReadLines(RepositoryFiles.Path("docs", "indicators.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells);

        Assert.Equal(IndicatorCatalogue.All.Count, rows.Count);
        foreach (Indicator indicator in IndicatorCatalogue.All)
        {
            Assert.True(rows.TryGetValue(indicator.Id.Value, out string[]? cells), $"docs/indicators.md lacks {indicator.Id}.");
            Assert.Equal(indicator.Name.En, cells[2]);
            Assert.Equal(indicator.Measure.ToSlug().Replace('-', ' '), cells[3]);
            Assert.Equal(indicator.Synthetic, cells[6] == "**yes**");
        }
    }
}
