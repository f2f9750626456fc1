using WelfareAtlas.Observations;

namespace WelfareAtlas.Core.Tests.Observations;

public sealed class BreakdownTests
{
    [Theory]
    [InlineData("total")]
    [InlineData("sex=female")]
    [InlineData("age=7-17")]
    [InlineData("age=85+")]
    [InlineData("sex=male;age=18-29")]
    [InlineData("sex=female;age=7-17;topic=loneliness")]
    [InlineData("topic=self-harm")]
    public void Key_RoundTrips(string key)
    {
        Assert.True(Breakdown.TryParseKey(key, out Breakdown breakdown, out string? error), error);
        Assert.Equal(key, breakdown.Key);
    }

    [Fact]
    public void Total_IsEveryone()
    {
        Assert.True(Breakdown.Total.IsTotal);
        Assert.Equal("total", Breakdown.Total.Key);
        Assert.Equal("sex=female", (Breakdown.Total with { Sex = Sex.Female }).Key);
    }

    [Theory]
    [InlineData("sex=other", "neither female nor male")]
    [InlineData("age=17-7", "none of")]
    [InlineData("topic=a;language=sv", "more than one free dimension")]
    [InlineData("sex", "not name=value")]
    public void TryParseKey_Invalid_SaysWhy(string key, string reason)
    {
        Assert.False(Breakdown.TryParseKey(key, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
