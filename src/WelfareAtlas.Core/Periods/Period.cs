using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WelfareAtlas.Periods;

/// <summary>
/// The time an observation covers: a year, quarter, month, ISO week, or a pooled range of years.
/// </summary>
/// <remarks>
/// The canonical text (<see cref="ToString"/>) is <c>2024</c>, <c>2024Q3</c>, <c>2024M07</c>, <c>2024W05</c> or
/// <c>2021-2023</c>; <see cref="TryParse"/> also reads <c>2024-07</c> for a month and <c>2021–2023</c> (en dash)
/// for a pooled range. Periods order by start, then by length (a year before its first quarter).
/// </remarks>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, int year, int part, int endYear)
    {
        Kind = kind;
        Year = year;
        Part = part;
        EndYear = endYear;
    }

    /// <summary>The length of the period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The (first) year, 1900–2199.</summary>
    public int Year { get; }

    /// <summary>The quarter (1–4), month (1–12) or week (1–53) within <see cref="Year"/>; 0 for a year or a pooled range.</summary>
    public int Part { get; }

    /// <summary>The last year of a pooled range; equal to <see cref="Year"/> for every other kind.</summary>
    public int EndYear { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => Kind switch
    {
        PeriodKind.Quarter => new DateOnly(Year, (3 * (Part - 1)) + 1, 1),
        PeriodKind.Month => new DateOnly(Year, Part, 1),
        PeriodKind.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Part, DayOfWeek.Monday)),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Quarter => new DateOnly(Year, 3 * Part, 1).AddMonths(1).AddDays(-1),
        PeriodKind.Month => new DateOnly(Year, Part, 1).AddMonths(1).AddDays(-1),
        PeriodKind.Week => Start.AddDays(6),
        _ => new DateOnly(EndYear, 12, 31),
    };

    /// <summary>
    /// The period's place on a time axis of periods of its length, where consecutive periods differ by 1: the year, the
    /// quarter or month counted from year 0, the week by its Monday; a pooled range by its first year. A trend's
    /// regression uses it as its x.
    /// </summary>
    public int Ordinal => Kind switch
    {
        PeriodKind.Quarter => (Year * 4) + Part,
        PeriodKind.Month => (Year * 12) + Part,
        PeriodKind.Week => Start.DayNumber / 7,
        _ => Year,
    };

    /// <summary>
    /// Whether the period is a part of a year (a quarter, month or week), whose values may follow the seasons: a recent
    /// trend and a change are then read against the same part of earlier years (<see cref="AYearEarlier"/>), not
    /// against the periods just before.
    /// </summary>
    public bool IsPartOfYear => Kind is PeriodKind.Quarter or PeriodKind.Month or PeriodKind.Week;

    /// <summary>
    /// The same quarter, month or week of the year before; <see langword="null"/> for a year or a pooled range, for
    /// week 53 when the year before had 52, and before 1900.
    /// </summary>
    public Period? AYearEarlier =>
        !IsPartOfYear || Year <= 1900 || (Kind == PeriodKind.Week && Part > ISOWeek.GetWeeksInYear(Year - 1))
            ? null
            : Create(Kind, Year - 1, Part, Year - 1);

    /// <summary>A calendar year.</summary>
    public static Period OfYear(int year) => Create(PeriodKind.Year, year, 0, year);

    /// <summary>A calendar quarter, 1–4.</summary>
    public static Period OfQuarter(int year, int quarter) => Create(PeriodKind.Quarter, year, quarter, year);

    /// <summary>A calendar month, 1–12.</summary>
    public static Period OfMonth(int year, int month) => Create(PeriodKind.Month, year, month, year);

    /// <summary>An ISO 8601 week.</summary>
    public static Period OfWeek(int year, int week) => Create(PeriodKind.Week, year, week, year);

    /// <summary>Whole years <paramref name="firstYear"/> to <paramref name="lastYear"/> pooled; the last must be later than the first.</summary>
    public static Period OfPooledYears(int firstYear, int lastYear) => Create(PeriodKind.PooledYears, firstYear, 0, lastYear);

    /// <summary>Reads a period, or says why the text is not one.</summary>
    public static bool TryParse(string? text, out Period period, [NotNullWhen(false)] out string? error)
    {
        string s = text?.Trim() ?? string.Empty;
        period = default;
        error = null;
        if (s.Length == 0)
        {
            error = "A period is empty.";
            return false;
        }

        if (s.Length == 4 && TryYear(s, out int year))
        {
            period = OfYear(year);
            return true;
        }

        if (s.Length == 6 && TryYear(s.AsSpan(0, 4), out year) && (s[4] is 'Q' or 'q') && s[5] is >= '1' and <= '4')
        {
            period = OfQuarter(year, s[5] - '0');
            return true;
        }

        if (s.Length == 7 && TryYear(s.AsSpan(0, 4), out year) && (s[4] is 'M' or 'm' or '-') && TryNumber(s.AsSpan(5), 1, 12, out int month))
        {
            period = OfMonth(year, month);
            return true;
        }

        if (s.Length == 7 && TryYear(s.AsSpan(0, 4), out year) && (s[4] is 'W' or 'w') && TryNumber(s.AsSpan(5), 1, ISOWeek.GetWeeksInYear(year), out int week))
        {
            period = OfWeek(year, week);
            return true;
        }

        if (s.Length == 9 && TryYear(s.AsSpan(0, 4), out year) && s[4] is '-' or '–' or '—' && TryYear(s.AsSpan(5), out int last))
        {
            if (last <= year)
            {
                error = $"Period '{s}' is a pooled range whose last year is not after its first.";
                return false;
            }

            period = OfPooledYears(year, last);
            return true;
        }

        error = $"Period '{s}' is none of 2024, 2024Q3, 2024M07, 2024-07, 2024W05 or 2021-2023.";
        return false;
    }

    /// <summary>Reads a period known to be valid; throws <see cref="FormatException"/> otherwise.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out Period period, out string? error) ? period : throw new FormatException(error);

    /// <inheritdoc />
    public int CompareTo(Period other)
    {
        // Within one kind, (year, part) orders the starts and a start fixes the end, except for pooled ranges, which
        // share a start by their first year and then put the longer first. The compute run sorts hundreds of thousands
        // of cells by period; building the dates (an ISO week's start) for each comparison was most of the sorting.
        if (Kind == other.Kind)
        {
            int byYear = Year.CompareTo(other.Year);
            if (byYear != 0)
            {
                return byYear;
            }

            return Kind == PeriodKind.PooledYears ? other.EndYear.CompareTo(EndYear) : Part.CompareTo(other.Part);
        }

        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    /// <summary>Whether this period starts before <paramref name="right"/>'s order.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Whether this period comes after <paramref name="right"/> in order.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Whether this period comes before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Whether this period comes after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Part}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}M{Part:D2}"),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}W{Part:D2}"),
        PeriodKind.PooledYears => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{EndYear:D4}"),
        _ => string.Empty,
    };

    private static Period Create(PeriodKind kind, int year, int part, int endYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endYear, 2199);
        int maxPart = kind switch
        {
            PeriodKind.Quarter => 4,
            PeriodKind.Month => 12,
            PeriodKind.Week => ISOWeek.GetWeeksInYear(year),
            _ => 0,
        };
        if (maxPart == 0 ? part != 0 : part < 1 || part > maxPart)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"Not a part of a {kind} period.");
        }

        if (kind == PeriodKind.PooledYears ? endYear <= year : endYear != year)
        {
            throw new ArgumentOutOfRangeException(nameof(endYear), endYear, "A pooled range ends after it starts; other periods end in their year.");
        }

        return new Period(kind, year, part, endYear);
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year) => TryNumber(text, 1900, 2199, out year) && text.Length == 4;

    private static bool TryNumber(ReadOnlySpan<char> text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
