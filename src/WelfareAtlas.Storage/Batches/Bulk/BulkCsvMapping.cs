using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>
/// How the rows of a CSV file become observations, told as the meaning of single cell texts: the store reads the file
/// line by line (<see cref="BulkCsvReader"/>), asks these functions once per distinct text of each column, and stages the rows from the answers
/// (<see cref="ImportBatchWriter.StageCsvAsync"/>). For each role's column: <see langword="null"/> when the mapping
/// leaves the role out, -1 when it is a constant (its function gets a <see langword="null"/> cell), otherwise the
/// 0-based column. A cell's text is as read, untrimmed, empty for an empty field.
/// </summary>
public sealed record BulkCsvMapping
{
    /// <summary>The file.</summary>
    public required BulkCsvFile File { get; init; }

    /// <summary>The column of each <c>where</c> filter.</summary>
    public IReadOnlyList<int> Where { get; init; } = [];

    /// <summary>Whether filter <c>i</c> lets a row with the text through.</summary>
    public Func<int, string, bool> Allows { get; init; } = (_, _) => true;

    /// <summary>The area's column.</summary>
    public required int Area { get; init; }

    /// <summary>What an area cell gives.</summary>
    public required Func<string?, BulkArea> AreaOf { get; init; }

    /// <summary>The row indicator's column.</summary>
    public int? Indicator { get; init; }

    /// <summary>What an indicator cell gives; needed when <see cref="Indicator"/> is set.</summary>
    public Func<string?, BulkIndicator>? IndicatorOf { get; init; }

    /// <summary>The row period's column.</summary>
    public int? Period { get; init; }

    /// <summary>The period of a period cell; <see langword="null"/> rejects the row. Needed when <see cref="Period"/> is set.</summary>
    public Func<string?, Period?>? PeriodOf { get; init; }

    /// <summary>The sex column.</summary>
    public int? Sex { get; init; }

    /// <summary>The age column.</summary>
    public int? Age { get; init; }

    /// <summary>The free breakdown's column.</summary>
    public int? Breakdown { get; init; }

    /// <summary>The breakdown of a row's sex, age and breakdown cells (in that order; <see langword="null"/> for a role that is no column); <see langword="null"/> rejects the row.</summary>
    public required Func<string?, string?, string?, Breakdown?> BreakdownOf { get; init; }

    /// <summary>What a number cell holds.</summary>
    public required Func<string, BulkNumber> NumberOf { get; init; }

    /// <summary>The values entries: each gives one observation a row.</summary>
    public required IReadOnlyList<BulkValues> Values { get; init; }
}
