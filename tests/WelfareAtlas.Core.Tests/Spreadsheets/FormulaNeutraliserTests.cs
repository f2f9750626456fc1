using WelfareAtlas.Spreadsheets;

namespace WelfareAtlas.Core.Tests.Spreadsheets;

public sealed class FormulaNeutraliserTests
{
    /// <summary>The cases the browser's CSV download must treat the same way (FormulaNeutraliserBrowserTests).</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "=1+1", "'=1+1" },
        { "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")" },
        { "+358 40 123", "'+358 40 123" },
        { "-2+3", "'-2+3" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tcmd", "'\tcmd" },
        { "\rcmd", "'\rcmd" },
        { "\uFF1D1+1", "'\uFF1D1+1" }, // full-width equals sign, read as '=' by some spreadsheets
        { "-", "'-" }, // a lone minus is not a number
        { "-12.5", "-12.5" }, // a negative number stays a number
        { "-3e-4", "-3e-4" },
        { "0", "0" },
        { "Vuosaari", "Vuosaari" },
        { "a=b", "a=b" }, // only the first character matters
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Neutralise_Text_PrefixesFormulaStartsOnly(string text, string expected) =>
        Assert.Equal(expected, FormulaNeutraliser.Neutralise(text));

    [Fact]
    public void Neutralise_Null_IsEmpty() => Assert.Equal(string.Empty, FormulaNeutraliser.Neutralise(null));
}
