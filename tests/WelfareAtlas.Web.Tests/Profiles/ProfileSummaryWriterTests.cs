using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Tests.Profiles;

public sealed class ProfileSummaryWriterTests
{
    private static readonly TextView Area = new("Vuosaari", "Nordsjö", "Vuosaari");
    private static readonly TextView City = new("Helsinki", "Helsingfors", "Helsinki");

    [Fact]
    public void Write_NamesConcernsLargestDifferenceFirstWithTheSizeInEveryLanguage()
    {
        ProfileCellView[] cells =
        [
            Cell("a", "Small concern", 11, 10, "worse"),
            Cell("b", "Big concern", 30, 10, "worse"),
            Cell("c", "Strength", 5, 10, "better"),
            Cell("d", "Level", 10.1, 10, "similar"),
            Cell("e", "Unknown", null, 10, "not-compared"),
        ];

        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, cells);

        Assert.Equal(4, summary.Compared);
        Assert.Equal(["b", "a"], summary.Concerns.Select(c => c.Indicator));
        Assert.Equal(["c"], summary.Strengths.Select(c => c.Indicator));
        Assert.Equal("Compared with Helsinki, Vuosaari is significantly worse on 2 and better on 1 of the 4 indicators that could be compared. The largest concerns: Big concern EN 30.0 (benchmark 10.0, 3.0 times as high); and Small concern EN 11.0 (benchmark 10.0, 10 % higher). The largest strengths: Strength EN 5.0 (benchmark 10.0, 50 % lower).", summary.Text.En);
        Assert.Contains("Big concern FI 30,0 (vertailuarvo 10,0, 3,0-kertainen)", summary.Text.Fi, StringComparison.Ordinal);
        Assert.StartsWith("Vuosaari on vertailualueeseen (Helsinki) verrattuna tilastollisesti merkitsevästi huonompi 2 ja parempi 1 indikaattorissa, kun vertailukelpoisia indikaattoreita on 4.", summary.Text.Fi, StringComparison.Ordinal);
        Assert.StartsWith("Jämfört med Helsingfors är Nordsjö statistiskt signifikant sämre i 2", summary.Text.Sv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(33.4, 28.8, "16 % higher", "16 % suurempi", "16 % högre")] // was "1.2 times as high"
    [InlineData(18.8, 18.2, "3 % higher", "3 % suurempi", "3 % högre")] // was "1.0 times as high"
    [InlineData(20.1, 20, "0.5 % higher", "0,5 % suurempi", "0,5 % högre")] // a large area's small significant difference
    [InlineData(20, 10, "2.0 times as high", "2,0-kertainen", "2,0 gånger så högt")]
    [InlineData(7.9, 10.9, "28 % lower", "28 % pienempi", "28 % lägre")]
    [InlineData(19.9, 20, "0.5 % lower", "0,5 % pienempi", "0,5 % lägre")]
    public void Write_SizeOfTheDifference_InPerCentBelowTwiceTheBenchmark_InTimesFromThere(double value, double benchmark, string en, string fi, string sv)
    {
        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, [Cell("a", "Concern", value, benchmark, value > benchmark ? "worse" : "better")]);

        Assert.Contains($", {en})", summary.Text.En, StringComparison.Ordinal);
        Assert.Contains($", {fi})", summary.Text.Fi, StringComparison.Ordinal);
        Assert.Contains($", {sv})", summary.Text.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithoutBenchmark_SaysThereIsNothingToCompareWith()
    {
        ProfileSummary summary = ProfileSummaryWriter.Write(City, null, [Cell("a", "A", 1, null, "not-compared")]);

        Assert.Empty(summary.Concerns);
        Assert.Equal("Helsinki has no benchmark its values can be compared with statistically.", summary.Text.En);
    }

    [Fact]
    public void Write_WithoutBenchmark_StillNamesWhatIsWorsening()
    {
        // The city's summary said only that it had nothing to compare with, while its own series had worsened.
        ProfileCellView worsening = Cell("a", "Rising", 12, null, "not-compared") with { Trend = new TrendView("increasing", "worsening", null) };

        ProfileSummary summary = ProfileSummaryWriter.Write(City, null, [worsening, Cell("b", "B", 5, null, "not-compared")]);

        Assert.Empty(summary.Concerns);
        Assert.Equal("Helsinki has no benchmark its values can be compared with statistically. Significantly worsening recently: Rising EN.", summary.Text.En);
        Assert.EndsWith("Kehitys on viime vuosina heikentynyt merkitsevästi: Rising FI.", summary.Text.Fi, StringComparison.Ordinal);
        Assert.EndsWith("Utvecklingen har försämrats signifikant på senare tid: Rising SV.", summary.Text.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WorseningWithoutBenchmarkValue_IsNamedAndSerialisesAsJson()
    {
        ProfileCellView worsening = Cell("a", "Rising", 12, null, "not-compared") with { Trend = new TrendView("increasing", "worsening", null) };

        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, [worsening, Cell("b", "B", 5, 10, "better")]);

        Assert.Null(Assert.Single(summary.Worsening).BenchmarkValue);
        Assert.Contains("Significantly worsening recently: Rising EN.", summary.Text.En, StringComparison.Ordinal);
        Assert.Contains("\"benchmarkValue\":null", System.Text.Json.JsonSerializer.Serialize(summary, System.Text.Json.JsonSerializerOptions.Web), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneMoreWorseningThanNamed_NamesItToo()
    {
        // "A; B; C and 1 more" hid the fourth to save a few words.
        ProfileCellView[] cells = [.. Enumerable.Range(0, ProfileSummaryWriter.MaxNamed + 1).Select(i =>
            Cell(((char)('a' + i)).ToString(), "Rising " + i, 12 + i, 10, "similar") with { Trend = new TrendView("increasing", "worsening", null) })];

        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, cells);

        Assert.EndsWith("Rising 0 EN; Rising 1 EN; Rising 2 EN; and Rising 3 EN.", summary.Text.En, StringComparison.Ordinal);
        Assert.EndsWith("Rising 0 FI; Rising 1 FI; Rising 2 FI ja Rising 3 FI.", summary.Text.Fi, StringComparison.Ordinal);
        Assert.DoesNotContain("1 more", summary.Text.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "ja 2 muuta.", "och 2 till.", "and 2 more.")] // Finnish: the partitive after a numeral above one
    [InlineData(7, "ja 4 muuta.", "och 4 till.", "and 4 more.")]
    public void Write_MoreWorseningThanNamed_CountsTheRestInTheRightForm(int count, string fi, string sv, string en)
    {
        ProfileCellView[] cells = [.. Enumerable.Range(0, count).Select(i =>
            Cell(((char)('a' + i)).ToString(), "Rising " + i, 12 + i, 10, "similar") with { Trend = new TrendView("increasing", "worsening", null) })];

        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, cells);

        Assert.EndsWith(fi, summary.Text.Fi, StringComparison.Ordinal);
        Assert.EndsWith(sv, summary.Text.Sv, StringComparison.Ordinal);
        Assert.EndsWith(en, summary.Text.En, StringComparison.Ordinal);

        // The named ones are one list that "and N more" ends, not "…; and Rising 2 and 1 more".
        Assert.EndsWith($"Rising 0 EN; Rising 1 EN; Rising 2 EN {en}", summary.Text.En, StringComparison.Ordinal);
        Assert.EndsWith($"Rising 0 FI; Rising 1 FI; Rising 2 FI {fi}", summary.Text.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoConcerns_AreJoinedAsEachLanguageJoinsALastItem()
    {
        ProfileCellView[] cells = [Cell("a", "First", 30, 10, "worse"), Cell("b", "Second", 11, 10, "worse")];

        ProfileSummary summary = ProfileSummaryWriter.Write(Area, City, cells);

        Assert.Contains("(benchmark 10.0, 3.0 times as high); and Second EN", summary.Text.En, StringComparison.Ordinal);
        Assert.Contains("(vertailuarvo 10,0, 3,0-kertainen) ja Second FI", summary.Text.Fi, StringComparison.Ordinal);
        Assert.Matches(@"\) och Second SV", summary.Text.Sv);
    }

    private static ProfileCellView Cell(string id, string name, double? value, double? benchmark, string significance) => new(
        id,
        new TextView(name + " FI", name + " SV", name + " EN"),
        new TextView("%", "%", "%"),
        "proportion",
        "lower-is-better",
        false,
        "2025",
        "total",
        value,
        null,
        null,
        null,
        null,
        value is null ? "missing" : "available",
        null,
        new ComparisonView(null, benchmark, significance, significance, null),
        new ComparisonView(null, benchmark, significance, significance, null),
        new ComparisonView(null, null, "not-compared", "not-compared", null),
        null,
        null,
        0,
        new TrendView("no-significant-change", "no-significant-change", null),
        null,
        1,
        null,
        DisclosureView.NoData);
}
