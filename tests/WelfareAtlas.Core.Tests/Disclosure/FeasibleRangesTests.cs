using WelfareAtlas.Disclosure;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>Golden values: small programs solved by hand (the derivation is in each test's comment).</summary>
public sealed class FeasibleRangesTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Compute_TwoCellsWithKnownSum_EachFromZeroToTheSum()
    {
        // x + y = 4, x, y ≥ 0: either can be anything in [0, 4].
        ValueRange[] ranges = Solve(2, Eq([0, 1], [1, 1], 4));

        AssertRange(0, 4, ranges[0]);
        AssertRange(0, 4, ranges[1]);
    }

    [Fact]
    public void Compute_SumAndDifference_PinsBothCells()
    {
        // x + y = 10, x − y = 2 ⇒ x = 6, y = 4: a width of 0, the subtraction attack.
        ValueRange[] ranges = Solve(2, Eq([0, 1], [1, 1], 10), Eq([0, 1], [1, -1], 2));

        AssertRange(6, 6, ranges[0]);
        AssertRange(4, 4, ranges[1]);
    }

    [Fact]
    public void Compute_OnlyADifference_UnboundedAbove()
    {
        // x − y = 3: x ≥ 3 with no upper limit, y ≥ 0 with none.
        ValueRange[] ranges = Solve(2, Eq([0, 1], [1, -1], 3));

        AssertRange(3, double.PositiveInfinity, ranges[0]);
        AssertRange(0, double.PositiveInfinity, ranges[1]);
    }

    [Fact]
    public void Compute_TwoByTwoTableWithMargins_RangesOfTheClassicRectangle()
    {
        // Cells a b / c d = 1 4 / 3 2, all hidden, margins published: a + b = 5, c + d = 5, a + c = 4, b + d = 6.
        // Then b = 5 − a, c = 4 − a, d = 1 + a; non-negativity gives a ∈ [0, 4], so b ∈ [1, 5], c ∈ [0, 4], d ∈ [1, 5].
        ValueRange[] ranges = Solve(
            4,
            Eq([0, 1], [1, 1], 5),
            Eq([2, 3], [1, 1], 5),
            Eq([0, 2], [1, 1], 4),
            Eq([1, 3], [1, 1], 6));

        AssertRange(0, 4, ranges[0]);
        AssertRange(1, 5, ranges[1]);
        AssertRange(0, 4, ranges[2]);
        AssertRange(1, 5, ranges[3]);
    }

    [Fact]
    public void Compute_RedundantEquation_DroppedWithoutChangingTheRanges()
    {
        // x + y = 5 and 2x + 2y = 10 say the same; the second row turns redundant in phase 1.
        ValueRange[] ranges = Solve(2, Eq([0, 1], [1, 1], 5), Eq([0, 1], [2, 2], 10));

        AssertRange(0, 5, ranges[0]);
        AssertRange(0, 5, ranges[1]);
    }

    [Fact]
    public void Compute_CrosswalkWeights_SolvesTheWeightedSystem()
    {
        // s = 0.5 p1 + 0.25 p2 published as 3, p1 + p2 = 8 published: 0.5(8 − p2) + 0.25 p2 = 3 ⇒ p2 = 4, p1 = 4.
        ValueRange[] ranges = Solve(2, Eq([0, 1], [0.5, 0.25], 3), Eq([0, 1], [1, 1], 8));

        AssertRange(4, 4, ranges[0]);
        AssertRange(4, 4, ranges[1]);
    }

    [Fact]
    public void Compute_NestedSums_RangesFollowTheTightestSum()
    {
        // 2x + y + z = 10 and y + z = 4 ⇒ x = 3; y, z ∈ [0, 4]. The repeated variable in the first row adds up (x + x).
        ValueRange[] ranges = Solve(3, Eq([0, 1, 2, 0], [1, 1, 1, 1], 10), Eq([1, 2], [1, 1], 4));

        AssertRange(3, 3, ranges[0]);
        AssertRange(0, 4, ranges[1]);
        AssertRange(0, 4, ranges[2]);
    }

    [Fact]
    public void Compute_NegativeRightHandSide_SolvedAfterNegatingTheRow()
    {
        // −x − y = −6 is x + y = 6; with x − 2y = 0: x = 4, y = 2.
        ValueRange[] ranges = Solve(2, Eq([0, 1], [-1, -1], -6), Eq([0, 1], [1, -2], 0));

        AssertRange(4, 4, ranges[0]);
        AssertRange(2, 2, ranges[1]);
    }

    [Fact]
    public void Compute_NoEquations_EveryVariableUnbounded()
    {
        ValueRange[] ranges = Solve(3);

        Assert.All(ranges, range => AssertRange(0, double.PositiveInfinity, range));
    }

    [Theory]
    [InlineData(-1.0)] // x + y = −1 has no non-negative solution
    [InlineData(-0.001)]
    public void Compute_NegativeSumOfNonNegatives_Infeasible(double sum) =>
        Assert.Null(FeasibleRanges.Compute(2, [Eq([0, 1], [1, 1], sum)]));

    [Fact]
    public void Compute_ContradictoryEquations_Infeasible() =>
        Assert.Null(FeasibleRanges.Compute(1, [Eq([0], [1], 1), Eq([0], [1], 2)]));

    [Fact]
    public void Compute_VariableOutOfRange_ThrowsNamingTheEquation()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => FeasibleRanges.Compute(2, [Eq([0, 2], [1, 1], 1)]));

        Assert.Contains("Equation 0 names variable 2", error.Message, StringComparison.Ordinal);
    }

    internal static LinearEquation Eq(int[] variables, double[] coefficients, double rightHandSide) => new(variables, coefficients, rightHandSide);

    private static ValueRange[] Solve(int n, params LinearEquation[] equations) =>
        FeasibleRanges.Compute(n, equations) ?? throw new InvalidOperationException("Expected a feasible program.");

    private static void AssertRange(double minimum, double maximum, ValueRange actual)
    {
        Assert.True(Math.Abs(actual.Minimum - minimum) <= Tolerance, $"minimum {actual.Minimum:R}, expected {minimum:R}");
        Assert.True(
            double.IsPositiveInfinity(maximum) ? double.IsPositiveInfinity(actual.Maximum) : Math.Abs(actual.Maximum - maximum) <= Tolerance,
            $"maximum {actual.Maximum:R}, expected {maximum:R}");
    }
}
