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

    [Fact]
    public void Key_IsRebuiltAfterWith_AndEqualityIgnoresWhetherItWasBuilt()
    {
        Breakdown girls = new(Sex.Female, new AgeBand(7, 17), "topic", "school");
        Assert.Equal("sex=female;age=7-17;topic=school", girls.Key);

        Breakdown boys = girls with { Sex = Sex.Male };
        Assert.Equal("sex=male;age=7-17;topic=school", boys.Key);
        Assert.Equal("sex=female;age=7-17;topic=loneliness", (girls with { Category = "loneliness" }).Key);

        Breakdown fresh = new(Sex.Female, new AgeBand(7, 17), "topic", "school");
        Assert.Equal(girls, fresh);
        Assert.Equal(girls.GetHashCode(), fresh.GetHashCode());
        Assert.NotEqual(girls, boys);
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
