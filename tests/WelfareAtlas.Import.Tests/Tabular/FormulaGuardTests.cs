using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Tests.Tabular;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("+cmd|' /C calc'!A0", true)]
    [InlineData("-2+3", true)]
    [InlineData("\tindented", true)]
    [InlineData("\rcarriage", true)]
    // Negative and signed numbers are data.
    [InlineData("-3.5", false)]
    [InlineData("-3,5", false)]
    [InlineData("+7", false)]
    [InlineData("-", false)]
    [InlineData("Helsinki", false)]
    [InlineData("", false)]
    // Only the first character matters.
    [InlineData("a=b", false)]
    public void LooksLikeFormula_Text_GivesExpected(string text, bool expected)
    {
        Assert.Equal(expected, FormulaGuard.LooksLikeFormula(text));
    }
}
