using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// Every table on every kind of page downloads as CSV (issue 6): each table has an id and a button that downloads
/// it, and the page loads the script that does.
/// </summary>
public sealed partial class TableDownloadTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/fi")]
    [InlineData("/sv?type=postal-area")]
    [InlineData("/en/areas?q=kallio")]
    [InlineData("/fi/areas/0915503392")] // a sub-district, with its overlapping postal areas
    [InlineData("/en/areas/00100")]
    [InlineData("/fi/indicators")]
    [InlineData("/sv/indicators/payment-defaults")]
    [InlineData("/en/indicators/social-assistance-recipients?type=district&area=0917704000")]
    [InlineData("/fi/profiles/children-and-young-people/areas/0917704000")]
    [InlineData("/sv/profiles/older-people?type=district")]
    [InlineData("/en/situation")]
    [InlineData("/fi/situation?area=0917704000")]
    public async Task EveryTable_HasADownloadButton(string path)
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync(path, Cancel);

        string[] tables = [.. TablePattern().Matches(html).Select(m => m.Groups["id"].Value)];
        Assert.NotEmpty(tables);
        Assert.All(tables, id => Assert.False(string.IsNullOrEmpty(id), $"{path} has a table without an id"));
        string[] buttons = [.. ButtonPattern().Matches(html).Select(m => m.Groups["id"].Value)];
        Assert.Empty(tables.Except(buttons, StringComparer.Ordinal));
        Assert.Contains("<script src=\"/js/downloads.js\"></script>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<table\\b(?=[^>]*class=\"hds-table)(?:[^>]*\\bid=\"(?<id>[^\"]*)\")?[^>]*>")]
    private static partial Regex TablePattern();

    [GeneratedRegex("data-download-csv=\"(?<id>[^\"]+)\"")]
    private static partial Regex ButtonPattern();
}
