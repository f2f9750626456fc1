using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Core.Tests.Disclosure;

public sealed class DisclosureTextsTests
{
    public static TheoryData<SuppressionReason> Reasons => [.. Enum.GetValues<SuppressionReason>()];

    public static TheoryData<CellState> States => [.. Enum.GetValues<CellState>()];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Explain_EveryReason_WrittenInThreeDifferentLanguages(SuppressionReason reason)
    {
        LocalisedText text = DisclosureTexts.Explain(reason, DisclosureRule.PersonRegister);

        foreach (Language language in LanguageCodes.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.In(language)), $"{reason} has no {language} text.");
        }

        Assert.True(text.Fi != text.Sv && text.Sv != text.En && text.Fi != text.En, $"{reason} repeats a language.");
    }

    [Fact]
    public void Explain_Reasons_AllDifferent() =>
        Assert.Equal(
            Enum.GetValues<SuppressionReason>().Length,
            Enum.GetValues<SuppressionReason>().Select(reason => DisclosureTexts.Explain(reason, DisclosureRule.PersonRegister).En).Distinct().Count());

    [Fact]
    public void Explain_Thresholds_TakenFromTheRule()
    {
        Assert.Contains("below 10", DisclosureTexts.Explain(SuppressionReason.NumeratorBelowMinimum, DisclosureRule.Sensitive).En, StringComparison.Ordinal);
        Assert.Contains("alle 5 ", DisclosureTexts.Explain(SuppressionReason.NumeratorBelowMinimum, DisclosureRule.PersonRegister).Fi, StringComparison.Ordinal);
        Assert.Contains("färre än 50 ", DisclosureTexts.Explain(SuppressionReason.SmallDenominator, DisclosureRule.Sensitive).Sv, StringComparison.Ordinal);
        Assert.Contains("fewer than 200 ", DisclosureTexts.Explain(SuppressionReason.DenominatorBelowMinimum, new DisclosureRule(0, 200, true)).En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CellState.Published, "")]
    [InlineData(CellState.Unreliable, "u")]
    [InlineData(CellState.PrimarySuppressed, "c")]
    [InlineData(CellState.SecondarySuppressed, "c")] // the public must not tell primary from secondary: that would point at the small cell
    [InlineData(CellState.Suppressed, "c")]
    [InlineData(CellState.Unavailable, ":")]
    public void Marker_EachState_EurostatFlag(CellState state, string marker) => Assert.Equal(marker, DisclosureTexts.Marker(state));

    [Theory]
    [MemberData(nameof(States))]
    public void Label_EveryState_ThreeLanguages(CellState state)
    {
        LocalisedText label = DisclosureTexts.Label(state);

        Assert.All(LanguageCodes.All, language => Assert.False(string.IsNullOrWhiteSpace(label.In(language))));
    }
}
