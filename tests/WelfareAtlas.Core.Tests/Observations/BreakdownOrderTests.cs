using WelfareAtlas.Observations;

namespace WelfareAtlas.Core.Tests.Observations;

public sealed class BreakdownOrderTests
{
    [Fact]
    public void Keys_SortAsAReaderExpects_TotalSexAgeFromTheYoungestThenCategories()
    {
        // In text order "age=18-29" came before "age=7-17", and "age=75+" before "age=8-12".
        string[] shuffled =
        [
            "sex=male;age=7-17", "topic=school", "age=18-29", "sex=female", "age=75+", "total", "sex=female;age=18-29",
            "age=7-17", "topic=loneliness", "sex=male", "age=8-12", "sex=female;age=7-17", "age=7-12", "not a key",
        ];

        string[] sorted = [.. shuffled.Order(BreakdownOrder.Instance)];

        Assert.Equal(
            [
                "total", "topic=loneliness", "topic=school", "age=7-12", "age=7-17", "age=8-12", "age=18-29", "age=75+",
                "sex=female", "sex=female;age=7-17", "sex=female;age=18-29", "sex=male", "sex=male;age=7-17", "not a key",
            ],
            sorted);
    }

    [Fact]
    public void Breakdowns_EqualOnesCompareEqual_AndTheOrderIsTheSameEitherWay()
    {
        Breakdown women = new(Sex.Female, new AgeBand(18, 29));
        Breakdown men = new(Sex.Male, new AgeBand(7, 17));

        Assert.Equal(0, BreakdownOrder.Instance.Compare(women, new Breakdown(Sex.Female, new AgeBand(18, 29))));
        Assert.True(BreakdownOrder.Instance.Compare(women, men) < 0);
        Assert.True(BreakdownOrder.Instance.Compare(men, women) > 0);
        Assert.True(BreakdownOrder.Instance.Compare(Breakdown.Total, women) < 0);
    }
}
