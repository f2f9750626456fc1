using WelfareAtlas.Observations;
using WelfareAtlas.Profiles;

namespace WelfareAtlas.Core.Tests.Profiles;

public sealed class HeadlineBreakdownTests
{
    private static readonly string[] PaymentDefaults =
    [
        "sex=female;age=18-24", "age=18-24", "age=25-34", "age=65+", "sex=male;age=65+", "age=35-44",
    ];

    [Fact]
    public void Choose_TheProfilesAgeBand_WhenDelivered() =>
        Assert.Equal("age=65+", HeadlineBreakdown.Choose(PaymentDefaults, new AgeBand(65, null)));

    [Fact]
    public void Choose_WithoutAnAgeBand_TheYoungestBandOfBothSexes_NotTheFirstInTextOrder()
    {
        // In text order "age=18-29" comes before "age=7-17": the overview used to show the older group.
        Assert.Equal("age=7-17", HeadlineBreakdown.Choose(["age=18-29", "age=7-17", "sex=female;age=7-17"]));
        Assert.Equal("age=18-24", HeadlineBreakdown.Choose(PaymentDefaults));
    }

    [Fact]
    public void Choose_TheTotal_WhenThereIsOne_UnlessTheProfileNamesABandThatIsDelivered()
    {
        Assert.Equal("total", HeadlineBreakdown.Choose(["age=7-17", "total"]));
        Assert.Equal("age=7-17", HeadlineBreakdown.Choose(["age=7-17", "total"], new AgeBand(7, 17)));
        Assert.Equal("total", HeadlineBreakdown.Choose(["age=7-17", "total"], new AgeBand(65, null)));
    }

    [Fact]
    public void Choose_OnlyTopicsOrSexes_TheFirstInTheListedOrder_AndNothingOfNothing()
    {
        Assert.Equal("sex=female", HeadlineBreakdown.Choose(["sex=male", "sex=female"]));
        // Age bands by sex alone: the youngest band, the first the availability lists (in text order "18-29" came first).
        Assert.Equal("sex=female;age=7-17", HeadlineBreakdown.Choose(["sex=male;age=7-17", "sex=female;age=18-29", "sex=female;age=7-17"]));
        Assert.Null(HeadlineBreakdown.Choose([]));
    }
}
