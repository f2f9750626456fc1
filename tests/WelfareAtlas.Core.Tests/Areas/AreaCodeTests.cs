using WelfareAtlas.Areas;

namespace WelfareAtlas.Core.Tests.Areas;

public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("091")]
    [InlineData("00100")] // a postal code keeps its leading zeros
    [InlineData("0915503392")] // Tapanila's kokotunnus
    [InlineData(" 00990 ")]
    public void TryParse_ValidForms_KeepsDigits(string text)
    {
        Assert.True(AreaCode.TryParse(text, out AreaCode code, out string? error));
        Assert.Null(error);
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("0010", "4 digits")]
    [InlineData("00A00", "other than digits")]
    [InlineData("−0100", "other than digits")] // U+2212 minus, as fi-FI writes it
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(AreaCode.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
