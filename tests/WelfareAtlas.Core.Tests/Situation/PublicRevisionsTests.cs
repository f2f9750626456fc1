using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Situation;

namespace WelfareAtlas.Core.Tests.Situation;

public sealed class PublicRevisionsTests
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("unemployed-jobseekers");
    private static readonly AreaCode[] Areas = [AreaCode.Parse("0911102030"), AreaCode.Parse("0911102050"), AreaCode.Parse("0911102060")];
    private static readonly Dictionary<IndicatorId, IndicatorMethod> Methods = new() { [Indicator] = new(Indicator, Measure.Proportion, 100) };
    private static readonly Dictionary<IndicatorId, DisclosureRule> Rules = new() { [Indicator] = DisclosureRule.PersonRegister };
    private const long Before = 1;
    private const long After = 2;

    private static ObservationRevision Revision(AreaCode area, int year, double before, double after, double denominatorBefore = 2_000, double denominatorAfter = 2_000) => new(
        new Observation(Indicator, area, Period.OfYear(year), Breakdown.Total, after, denominatorAfter),
        After,
        new Observation(Indicator, area, Period.OfYear(year), Breakdown.Total, before, denominatorBefore),
        Before);

    /// <summary>The public's cells that show a value, all from the correction's batch.</summary>
    private static Dictionary<ObservationKey, long> Shown(params ObservationRevision[] revisions) =>
        revisions.ToDictionary(r => new ObservationKey(Indicator, r.Current.Area, r.Current.Period, Breakdown.Total.Key), _ => After);

    [Fact]
    public void Select_PublishedNowAndPublishableBefore_Kept()
    {
        ObservationRevision revision = Revision(Areas[0], 2023, 104, 200);

        Assert.Equal([revision], PublicRevisions.Select([revision], Shown(revision), Methods, Rules));
    }

    [Theory]
    [InlineData(3, 150)] // the replaced count is below the minimum of 5
    [InlineData(0, 150)] // a replaced zero, which the rule does not publish
    public void Select_ReplacedNumberNotPublishable_Dropped(double before, double after)
    {
        ObservationRevision revision = Revision(Areas[0], 2022, before, after);

        Assert.Empty(PublicRevisions.Select([revision], Shown(revision), Methods, Rules));
    }

    [Fact]
    public void Select_AnotherReplacedNumberOfTheSameTableNotPublishable_DropsTheWholeTable()
    {
        ObservationRevision small = Revision(Areas[1], 2022, 3, 150);
        ObservationRevision large = Revision(Areas[2], 2022, 113, 200);
        ObservationRevision otherYear = Revision(Areas[2], 2023, 114, 210);

        Assert.Equal([otherYear], PublicRevisions.Select([small, large, otherYear], Shown(small, large, otherYear), Methods, Rules));
    }

    [Fact]
    public void Select_CurrentCellNotShownToThePublic_Dropped()
    {
        ObservationRevision revision = Revision(Areas[0], 2021, 106, 2);

        Assert.Empty(PublicRevisions.Select([revision], new Dictionary<ObservationKey, long>(), Methods, Rules));
    }

    [Fact]
    public void Select_PublicCellFromAnEarlierBatch_Dropped()
    {
        // The correction is under embargo: the public's cell still shows the first delivery's number.
        ObservationRevision revision = Revision(Areas[0], 2023, 104, 200);
        Dictionary<ObservationKey, long> shown = new() { [new ObservationKey(Indicator, Areas[0], Period.OfYear(2023), Breakdown.Total.Key)] = Before };

        Assert.Empty(PublicRevisions.Select([revision], shown, Methods, Rules));
    }

    [Theory]
    [InlineData(108, 105, 1_000, false)] // counts differ by 3 although the share doubled
    [InlineData(108, 104, 1_000, false)] // by 4
    [InlineData(108, 103, 1_000, true)] // by 5, the minimum
    [InlineData(100, 100, 1_000, true)] // the same count on a new denominator
    public void Select_ChangeOfCount_KeptOnlyWhenNoSmallCount(double before, double after, double denominatorAfter, bool kept)
    {
        ObservationRevision revision = Revision(Areas[0], 2019, before, after, denominatorAfter: denominatorAfter);

        Assert.Equal(kept ? 1 : 0, PublicRevisions.Select([revision], Shown(revision), Methods, Rules).Count);
    }

    [Fact]
    public void Select_IndicatorWithoutARule_Dropped()
    {
        ObservationRevision revision = Revision(Areas[0], 2023, 104, 200);

        Assert.Empty(PublicRevisions.Select([revision], Shown(revision), Methods, new Dictionary<IndicatorId, DisclosureRule>()));
    }
}
