using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// Small numbers for one indicator's areas, periods and breakdowns, given in the order they are first met, and for the
/// sex and age band of each breakdown, so that a cell or a group of cells is one packed integer instead of a tuple of
/// strings to hash.
/// </summary>
/// <remarks>
/// Areas, periods and breakdowns are numbered by <see cref="KeyNumbers"/> (the last area and breakdown checked by
/// reference first); two breakdowns are the same when they are equal, as their keys (<see cref="Breakdown.Key"/>) are.
/// </remarks>
internal sealed class CellNumbers
{
    /// <summary>Numbers stay below 2^21 (an indicator has a few thousand areas, hundreds of periods and tens of breakdowns).</summary>
    private const int Limit = 1 << 21;

    private readonly KeyNumbers keys = new();
    private readonly List<Breakdown> breakdowns = [];
    private readonly List<int> sexAgeOfBreakdown = [];
    private readonly Dictionary<(Sex, AgeBand), int> sexAges = [];
    private readonly List<(Sex Sex, AgeBand Age)> sexAgeList = [];
    private readonly List<int> totalIdOfSexAge = [];
    private readonly List<Breakdown?> totalOfSexAge = [];
    private readonly Dictionary<AgeBand, int> ages = [];
    private readonly List<int> ageOfSexAge = [];
    private readonly List<int> bothSexesOfAge = [];

    /// <summary>One integer of three numbers, each below 2^21.</summary>
    public static long Pack(int first, int second, int third) => ((long)first << 42) | ((long)second << 21) | (uint)third;

    /// <summary>The number of <paramref name="area"/>.</summary>
    public int AreaId(AreaCode area) => Checked(keys.AreaOf(area));

    /// <summary>The number of <paramref name="period"/>.</summary>
    public int PeriodId(Period period) => Checked(keys.PeriodOf(period));

    /// <summary>The number of <paramref name="breakdown"/> (equal breakdowns have equal keys).</summary>
    public int BreakdownId(Breakdown breakdown) => KeyId(breakdown);

    /// <summary>The number of the sex and age band of the breakdown numbered <paramref name="breakdownId"/>.</summary>
    public int SexAgeId(int breakdownId)
    {
        int id = sexAgeOfBreakdown[breakdownId];
        if (id < 0)
        {
            Breakdown breakdown = breakdowns[breakdownId];
            sexAgeOfBreakdown[breakdownId] = id = SexAgeId(breakdown.Sex, breakdown.Age);
        }

        return id;
    }

    /// <summary>The sex of the sex and age band numbered <paramref name="sexAge"/>.</summary>
    public Sex SexOf(int sexAge) => sexAgeList[sexAge].Sex;

    /// <summary>The number of the age band of the sex and age band numbered <paramref name="sexAge"/>.</summary>
    public int AgeId(int sexAge) => ageOfSexAge[sexAge];

    /// <summary>The number of both sexes in the age band numbered <paramref name="age"/>.</summary>
    public int BothSexesOf(int age) => bothSexesOfAge[age];

    /// <summary>The breakdown number of the total of a sex and age band (no free dimension).</summary>
    public int TotalOf(int sexAge)
    {
        if (totalIdOfSexAge[sexAge] < 0)
        {
            totalIdOfSexAge[sexAge] = KeyId(TotalBreakdown(sexAge));
        }

        return totalIdOfSexAge[sexAge];
    }

    /// <summary>The total of a sex and age band (no free dimension): one object for every total of it.</summary>
    public Breakdown TotalBreakdown(int sexAge)
    {
        (Sex sex, AgeBand age) = sexAgeList[sexAge];
        return totalOfSexAge[sexAge] ??= new Breakdown(sex, age);
    }

    private int KeyId(Breakdown breakdown)
    {
        int id = Checked(keys.BreakdownOf(breakdown));
        if (id == breakdowns.Count)
        {
            breakdowns.Add(breakdown);
            sexAgeOfBreakdown.Add(-1);
        }

        return id;
    }

    private int SexAgeId(Sex sex, AgeBand age)
    {
        if (sexAges.TryGetValue((sex, age), out int id))
        {
            return id;
        }

        sexAges[(sex, age)] = id = Checked(sexAgeList.Count);
        sexAgeList.Add((sex, age));
        totalIdOfSexAge.Add(-1);
        totalOfSexAge.Add(null);
        if (!ages.TryGetValue(age, out int ageId))
        {
            ages[age] = ageId = ages.Count;
            bothSexesOfAge.Add(-1);
        }

        ageOfSexAge.Add(ageId);
        if (sex == Sex.Total)
        {
            bothSexesOfAge[ageId] = id;
        }
        else if (bothSexesOfAge[ageId] < 0)
        {
            bothSexesOfAge[ageId] = SexAgeId(Sex.Total, age);
        }

        return id;
    }

    private static int Checked(int id) => id < Limit
        ? id
        : throw new ArgumentException($"An indicator has more than {Limit} areas, periods or breakdowns, more than can be numbered.");
}
