using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Quantiles;

namespace WelfareAtlas.Core.Tests.Statistics.Quantiles;

public sealed class QuantileAssignerTests
{
    public static TheoryData<string, string> Groups
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var group in ReferenceData.Load("quantile.csv").Select(r => (r["test_case"], r["group_key"])).Distinct())
            {
                data.Add(group.Item1, group.Item2);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Assign_ReferenceGroup_MatchesEveryQuantile(string testCase, string groupKey)
    {
        List<ReferenceRow> rows = ReferenceData.Load("quantile.csv")
            .Where(r => r["test_case"] == testCase && r["group_key"] == groupKey)
            .ToList();
        bool invert = rows[0]["invert_effective"] == "TRUE";
        int quantileCount = (int)rows[0].Number("nquantiles");

        QuantileAssignment assignment = QuantileAssigner.Assign(rows.Select(r => r.Number("value")).ToList(), quantileCount, invert).GetValueOrThrow();

        for (int i = 0; i < rows.Count; i++)
        {
            double expected = rows[i].Number("expected_quantile");
            int? actual = assignment.Quantiles[i];
            Assert.True(
                double.IsNaN(expected) ? actual is null : actual == (int)expected,
                $"{rows[i]}: expected {rows[i]["expected_quantile"]}, got {actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NA"}");
        }
    }

    [Fact]
    public void Assign_FewerValuesThanQuantiles_NoneAssignedWithWarning()
    {
        // 4 values (one missing is not counted) for quintiles.
        QuantileAssignment assignment = QuantileAssigner.Assign([1, 2, double.NaN, 3, 4], 5).GetValueOrThrow();

        Assert.All(assignment.Quantiles, q => Assert.Null(q));
        Assert.Equal(QuantileAssigner.TooFewValuesWarning, assignment.Warning);
    }

    [Fact]
    public void Assign_TenValuesInQuintiles_TwoPerQuintileHighestFirst()
    {
        QuantileAssignment assignment = QuantileAssigner.Assign([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5).GetValueOrThrow();

        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], assignment.Quantiles);
        Assert.Null(assignment.Warning);
    }

    [Fact]
    public void Assign_NotInverted_LowestFirstAndTiesShareQuantile()
    {
        // The two 2s tie at rank 2 and share its quintile.
        QuantileAssignment assignment = QuantileAssigner.Assign([1, 2, 2, 4, 5], 5, invert: false).GetValueOrThrow();

        Assert.Equal([1, 2, 2, 4, 5], assignment.Quantiles);
    }

    [Fact]
    public void Assign_ZeroQuantiles_InvalidArgument()
    {
        StatisticResult<QuantileAssignment> result = QuantileAssigner.Assign([1, 2], 0);

        Assert.Equal(StatisticErrorKind.InvalidArgument, result.Error!.Kind);
    }
}
