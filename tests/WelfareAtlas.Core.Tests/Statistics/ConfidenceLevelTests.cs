using WelfareAtlas.Statistics;

namespace WelfareAtlas.Core.Tests.Statistics;

public sealed class ConfidenceLevelTests
{
    [Fact]
    public void Z_Percent95_MatchesQnorm()
    {
        // qnorm(0.975) in R (METHODS.md 1.0).
        Approx.Relatively(1.959963984540054, ConfidenceLevel.Percent95.Z, "z at 95 %", 1e-15);
    }

    [Fact]
    public void Z_Percent998_MatchesQnorm()
    {
        // qnorm(0.999) in R (METHODS.md 1.0).
        Approx.Relatively(3.090232306167813, ConfidenceLevel.Percent998.Z, "z at 99.8 %", 1e-15);
    }

    [Theory]
    [InlineData(0.95, 0.95)]
    [InlineData(95, 0.95)] // a percentage is divided by 100
    [InlineData(99.8, 0.998)]
    [InlineData(0.9, 0.9)] // the lowest level accepted
    [InlineData(1, 1)] // 1 is accepted: the widest interval
    [InlineData(100, 1)]
    public void TryCreate_InRange_ReadsFraction(double level, double fraction)
    {
        Assert.True(ConfidenceLevel.TryCreate(level, out ConfidenceLevel confidence, out string? error));
        Assert.Null(error);
        Assert.Equal(fraction, confidence.Value, 15);
    }

    [Theory]
    [InlineData(0.89)]
    [InlineData(1.5)] // between 1 and 90: neither a fraction nor a percentage
    [InlineData(89.9)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void TryCreate_OutOfRange_SaysWhy(double level)
    {
        Assert.False(ConfidenceLevel.TryCreate(level, out _, out string? error));
        Assert.Equal("confidence level must be between 90 and 100 or between 0.9 and 1", error);
    }

    [Fact]
    public void TryCreate_998_IsTheProfileLevel()
    {
        Assert.True(ConfidenceLevel.TryCreate(99.8, out ConfidenceLevel confidence, out _));
        Assert.Equal(ConfidenceLevel.Percent998, confidence);
        Assert.Equal("99.8", confidence.PercentLabel);
    }
}
