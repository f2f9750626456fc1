using WelfareAtlas.Disclosure;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

public sealed class DisclosureAuditTests
{
    private static AdditiveRelation District(int subDistricts) => new(
        Key("0911010000"),
        [.. Enumerable.Range(1, subDistricts).Select(i => new RelationTerm(Key(SubDistrict(i)), 1))],
        RelationKind.AreaHierarchy);

    [Fact]
    public void Run_OneHiddenPartOfAPublishedSum_FailsWithTheExactValue()
    {
        // 32 = x + 10 + 20 with only x hidden: x is exactly 2.
        AuditReport report = DisclosureAudit.Run(
            [new(Key("0911010000"), 32, false), new(Key(SubDistrict(1)), 2, true), new(Key(SubDistrict(2)), 10, false), new(Key(SubDistrict(3)), 20, false)],
            [District(3)],
            5);

        Assert.False(report.Passed);
        CellRange failure = Assert.Single(report.Failures);
        Assert.Equal(Key(SubDistrict(1)), failure.Cell);
        Assert.Equal(new ValueRange(2, 2), failure.Range);
    }

    [Fact]
    public void Run_ComponentsWhoseCellsInterleave_ReportsRangesInCellOrder()
    {
        // Two totals, each of two hidden parts: 30 = a + c and 9 = b + d with a < b < c < d in key order. The components
        // are {a, c} and {b, d}, solved in that order; the report lists a, b, c, d.
        AdditiveRelation first = new(Key("0800000001"), [new(Key("0900000001"), 1), new(Key("0900000003"), 1)], RelationKind.AreaHierarchy);
        AdditiveRelation second = new(Key("0800000002"), [new(Key("0900000002"), 1), new(Key("0900000004"), 1)], RelationKind.AreaHierarchy);

        AuditReport report = DisclosureAudit.Run(
            [
                new(Key("0800000001"), 30, false), new(Key("0800000002"), 9, false),
                new(Key("0900000001"), 3, true), new(Key("0900000002"), 2, true), new(Key("0900000003"), 27, true), new(Key("0900000004"), 7, true),
            ],
            [first, second],
            10);

        Assert.Equal(2, report.Components);
        Assert.Equal(["0900000001", "0900000002", "0900000003", "0900000004"], report.Ranges.Select(range => range.Cell.Area.Value));
        Assert.Equal([new ValueRange(0, 30), new ValueRange(0, 9), new ValueRange(0, 30), new ValueRange(0, 9)], report.Ranges.Select(range => range.Range));
        Assert.Equal(["0900000002", "0900000004"], report.Failures.Select(range => range.Cell.Area.Value));
    }

    [Fact]
    public void Run_TwoHiddenParts_RangeIsTheirKnownSum()
    {
        AuditReport report = DisclosureAudit.Run(
            [new(Key("0911010000"), 32, false), new(Key(SubDistrict(1)), 2, true), new(Key(SubDistrict(2)), 10, true), new(Key(SubDistrict(3)), 20, false)],
            [District(3)],
            5);

        Assert.True(report.Passed);
        Assert.Equal([new ValueRange(0, 12), new ValueRange(0, 12)], report.Ranges.Select(range => range.Range));
        Assert.Equal(1, report.Components);
        Assert.Equal(2, report.LargestComponent);
    }

    [Fact]
    public void Run_WidthExactlyTheProtectionWidth_Passes()
    {
        // 2 + 3 = 5 hidden: each in [0, 5], width 5, which is enough for a width of 5 and not for 5.5.
        AuditCell[] cells = [new(Key("0911010000"), 25, false), new(Key(SubDistrict(1)), 2, true), new(Key(SubDistrict(2)), 3, true), new(Key(SubDistrict(3)), 20, false)];

        Assert.True(DisclosureAudit.Run(cells, [District(3)], 5).Passed);
        Assert.Equal(2, DisclosureAudit.Run(cells, [District(3)], 5.5).Failures.Count);
    }

    [Fact]
    public void Run_HiddenCellWithoutNumber_AnUnknownButNotChecked()
    {
        // The source withheld sub-district 2: it hides the 2 as well as a suppressed cell would.
        AuditReport report = DisclosureAudit.Run(
            [new(Key("0911010000"), 32, false), new(Key(SubDistrict(1)), 2, true), new(Key(SubDistrict(2)), null, true), new(Key(SubDistrict(3)), 20, false)],
            [District(3)],
            5);

        Assert.True(report.Passed);
        Assert.Equal(Key(SubDistrict(1)), Assert.Single(report.Ranges).Cell);
    }

    [Fact]
    public void Run_RelationsThatCannotHold_ReportedInconsistent()
    {
        // 5 = x + 10 + 20 would need x = −25.
        AuditReport report = DisclosureAudit.Run(
            [new(Key("0911010000"), 5, false), new(Key(SubDistrict(1)), 2, true), new(Key(SubDistrict(2)), 10, false), new(Key(SubDistrict(3)), 20, false)],
            [District(3)],
            5);

        Assert.False(report.Passed);
        Assert.Equal([Key(SubDistrict(1))], report.Inconsistent);
    }

    [Fact]
    public void Run_PublishedCellWithoutNumber_ThrowsNamingIt()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => DisclosureAudit.Run([new(Key(SubDistrict(1)), null, false)], [], 5));

        Assert.Contains(SubDistrict(1), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RelationNamingAnUnknownCell_ThrowsNamingIt()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => DisclosureAudit.Run([new(Key("0911010000"), 5, false)], [District(1)], 5));

        Assert.Contains($"names cell {SubDistrict(1)}", error.Message, StringComparison.Ordinal);
    }
}
