using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Tests.Localisation;

public sealed class PeriodLabelsTests
{
    [Theory]
    [InlineData("2025", Language.Finnish, false, "2025")]
    [InlineData("2025Q4", Language.Finnish, false, "4. nelj. 2025")]
    [InlineData("2025Q4", Language.Swedish, false, "kv. 4 2025")]
    [InlineData("2025Q4", Language.English, false, "Q4 2025")]
    [InlineData("2025M07", Language.Finnish, false, "heinäkuu 2025")]
    [InlineData("2025M07", Language.Swedish, false, "juli 2025")]
    [InlineData("2025M07", Language.English, false, "July 2025")]
    [InlineData("2025M07", Language.Finnish, true, "heinä 2025")] // an axis: the short name
    [InlineData("2025M02", Language.Swedish, true, "feb. 2025")]
    [InlineData("2025M12", Language.English, true, "Dec 2025")]
    [InlineData("2025M01", Language.Finnish, false, "tammikuu 2025")] // the first and last month index the names right
    [InlineData("2025M12", Language.Swedish, false, "december 2025")]
    [InlineData("2025W05", Language.Finnish, false, "vko 5/2025")]
    [InlineData("2025W05", Language.English, false, "week 5 2025")]
    [InlineData("2021-2023", Language.Swedish, false, "2021–2023")]
    [InlineData("not a period", Language.English, false, "not a period")]
    public void Of_WritesThePeriodAsTheLanguagesReadersDo(string period, Language language, bool brief, string expected) =>
        Assert.Equal(expected, PeriodLabels.Of(period, language, brief));
}
