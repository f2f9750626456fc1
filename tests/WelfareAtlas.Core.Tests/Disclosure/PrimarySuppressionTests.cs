using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

public sealed class PrimarySuppressionTests
{
    public static TheoryData<string, double?, double?, CellState, SuppressionReason> PersonRegisterCases => new()
    {
        { "zero hidden under the register rule", 0, 1000, CellState.PrimarySuppressed, SuppressionReason.ZeroNotPublishable },
        { "1 is the smallest hidden count", 1, 1000, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum },
        { "4 is the largest hidden count", 4, 1000, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum },
        { "an apportioned 4.99 is still below 5", 4.99, 1000, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum },
        { "5 is published", 5, 1000, CellState.Published, SuppressionReason.None },
        { "29 people behind a proportion: unreliable", 12, 29, CellState.Unreliable, SuppressionReason.SmallDenominator },
        { "30 people: reliable", 12, 30, CellState.Published, SuppressionReason.None },
        { "the numerator rule comes first", 3, 10, CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum },
        { "no numerator: judged by the denominator only", null, 10, CellState.Unreliable, SuppressionReason.SmallDenominator },
    };

    [Theory]
    [MemberData(nameof(PersonRegisterCases))]
    public void Classify_PersonRegister_StateAndReason(string scenario, double? numerator, double? denominator, CellState state, SuppressionReason reason)
    {
        Observation observation = Count(SubDistrict(1), 0) with { Numerator = numerator, Denominator = denominator };

        Assert.Equal((state, reason), PrimarySuppression.Classify(DisclosureRule.PersonRegister, Measure.Proportion, observation));
        Assert.NotEmpty(scenario);
    }

    [Fact]
    public void Classify_ZeroPublishableRule_ShowsZero() =>
        Assert.Equal(
            (CellState.Published, SuppressionReason.None),
            PrimarySuppression.Classify(DisclosureRule.PersonRegister with { ZeroPublishable = true }, Measure.Proportion, Count(SubDistrict(1), 0)));

    [Fact]
    public void Classify_SensitiveRule_HidesUpToNineAndFlagsBelowFifty()
    {
        Assert.Equal(SuppressionReason.NumeratorBelowMinimum, PrimarySuppression.Classify(DisclosureRule.Sensitive, Measure.Proportion, Count(SubDistrict(1), 9)).Reason);
        Assert.Equal(SuppressionReason.SmallDenominator, PrimarySuppression.Classify(DisclosureRule.Sensitive, Measure.Proportion, Count(SubDistrict(1), 10, 49)).Reason);
    }

    [Fact]
    public void Classify_CountMeasureWithSmallDenominator_NotFlaggedUnreliable() =>
        // Unreliability is about rates; a count's "denominator" is not the base of a rate.
        Assert.Equal(CellState.Published, PrimarySuppression.Classify(DisclosureRule.PersonRegister, Measure.Count, Count(SubDistrict(1), 12, 10)).State);

    [Theory]
    [InlineData(ObservationStatus.SuppressedBySource, SuppressionReason.SuppressedBySource)]
    [InlineData(ObservationStatus.Missing, SuppressionReason.Missing)]
    public void Classify_NoNumberFromTheSource_Unavailable(ObservationStatus status, SuppressionReason reason)
    {
        Observation observation = Count(SubDistrict(1), 0) with { Numerator = null, Denominator = null, Status = status };

        Assert.Equal((CellState.Unavailable, reason), PrimarySuppression.Classify(DisclosureRule.PersonRegister, Measure.Proportion, observation));
    }

    [Fact]
    public void ProtectionWidth_Default_IsTheMinimumNumerator()
    {
        Assert.Equal(5, DisclosureRule.PersonRegister.ProtectionWidth);
        Assert.Equal(10, DisclosureRule.Sensitive.ProtectionWidth);
        Assert.Equal(8, (DisclosureRule.PersonRegister with { ProtectionWidth = 8 }).ProtectionWidth);
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureRule.PersonRegister with { ProtectionWidth = -1 });
    }
}
