using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// A value the atlas's disclosure control hides is said to be hidden to protect privacy, and only a value the source
/// withheld is said to be suppressed by the source: the pages once said "suppressed by the source" of both, so every
/// small count the atlas hid in the youth chat's delivery read as the charity's doing.
/// </summary>
public sealed class SuppressionWordsTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(CellState.Suppressed, SuppressionReason.Confidential, ShownStatus.Protected)]
    [InlineData(CellState.Suppressed, SuppressionReason.ApportionedFromHidden, ShownStatus.Protected)]
    [InlineData(CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum, ShownStatus.Protected)]
    [InlineData(CellState.Unavailable, SuppressionReason.SuppressedBySource, "suppressed")]
    public void ShownStatus_OfASuppressedCell_SaysWhoWithheldIt(CellState state, SuppressionReason reason, string shown) =>
        Assert.Equal(shown, ShownStatus.Of("suppressed", DisclosureView.From(state, reason, DisclosureRule.PersonRegister)));

    [Theory]
    [InlineData("en", "Hidden to protect privacy", "Suppressed by the source to protect privacy")]
    [InlineData("fi", "Salattu tietosuojan vuoksi", "Lähde on salannut tietosuojan vuoksi")]
    [InlineData("sv", "Skyddad av integritetsskäl", "Sekretessbelagd av källan")]
    public async Task IndicatorPage_ValuesTheAtlasHides_AreSaidToBeHidden_NotSuppressedByTheSource(string lang, string hidden, string bySource)
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/youth-chat-conversations/data?areaType=postal-area", Cancel);
        int protectedCells = data.GetProperty("cells").EnumerateArray()
            .Count(c => c.GetProperty("value").ValueKind == JsonValueKind.Null && c.GetProperty("disclosure").GetProperty("marker").GetString() == "c");
        Assert.True(protectedCells > 0, "the demo's youth chat has no hidden postal area");

        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{lang}/indicators/youth-chat-conversations?type=postal-area", Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"data-table\".*?</table>", RegexOptions.Singleline).Value;

        Assert.Equal(protectedCells, Regex.Count(table, $"<span class=\"status status-protected\"[^>]*>{hidden}</span>"));
        Assert.DoesNotContain(bySource, html, StringComparison.Ordinal);
        // The map's legend and the bar chart's rows of areas without a value say the same.
        Assert.Contains(hidden, Regex.Match(html, "<ul[^>]*class=\"[^\"]*legend.*?</ul>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
    }
}
