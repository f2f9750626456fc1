namespace WelfareAtlas.Web.Localisation;

internal sealed partial record GapTexts
{
    public static GapTexts English { get; } = new()
    {
        Title = "Gap between areas ({0})",
        Fifths = "{0}: the fifth of the areas with the highest values ({1} areas) had {2}, the fifth with the lowest values ({3} areas) {4}.",
        GapWithInterval = "The gap is {0} (95 % confidence interval {1}–{2}).",
        GapWithoutInterval = "The gap is {0}.",
        Ratio = "The highest fifth's value is {0} times the lowest's.",
        NoGap = "No gap for {0}: {1}",
        TooFewAreas = "only {0} areas have a value shown, and the gap needs at least five.",
        Tied = "the areas' values are tied.",
        Narrowing = "Over the five periods up to {0} the gap has narrowed significantly.",
        Widening = "Over the five periods up to {0} the gap has widened significantly.",
        NoChange = "Over the five periods up to {0} the gap has not changed significantly.",
        CannotTell = "Whether the gap is narrowing cannot be told: {0}",
        TooFewPeriods = "there are fewer than five periods.",
        PeriodWithoutGap = "there is no gap for {0}.",
        TooFewSameAreas = "only {0} areas have a value in all five periods.",
        SameAreas = "The trend compares the same {0} areas in every period: those with a value in all five.",
        MissingInterval = "some values came without a confidence interval.",
        NotTestable = "the test could not be made.",
        ChartDescription = "The gap between the highest and the lowest fifth of areas in each period, with its 95 % confidence interval as a band; a period without a gap breaks the line.",
        TableCaption = "Gap between the highest and the lowest fifth of areas, by period",
        Highest = "Highest fifth",
        Lowest = "Lowest fifth",
        Gap = "Gap",
        RatioHeading = "Ratio",
        Areas = "Areas with a value",
        Method = "The areas are ranked by their own values; a fifth's value is its areas' values weighted by their populations. Chance makes the gap between areas ranked by their observed values somewhat wider than between their true values, the more so the smaller the areas; the interval does not include that. Values hidden to protect privacy are left out, so the areas counted can differ from one period to the next.",
    };
}
