namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// The texts of the indicator page's gap between areas (<see cref="IndicatorData.GapView"/>) in one language. Each property
/// is <c>required</c>, so a language that lacks a text does not compile. Texts with <c>{0}</c> are composite formats.
/// </summary>
internal sealed partial record GapTexts
{
    /// <summary>{0} the area type's name.</summary>
    public required string Title { get; init; }

    /// <summary>{0} period, {1} areas in the highest fifth, {2} its value, {3} areas in the lowest fifth, {4} its value.</summary>
    public required string Fifths { get; init; }

    /// <summary>{0} the gap, {1} and {2} its 95 % limits.</summary>
    public required string GapWithInterval { get; init; }

    /// <summary>{0} the gap.</summary>
    public required string GapWithoutInterval { get; init; }

    /// <summary>{0} the ratio of the highest fifth's value to the lowest's.</summary>
    public required string Ratio { get; init; }

    /// <summary>{0} period, {1} why (<see cref="TooFewAreas"/> or <see cref="Tied"/>).</summary>
    public required string NoGap { get; init; }

    /// <summary>{0} how many areas have a value shown.</summary>
    public required string TooFewAreas { get; init; }

    public required string Tied { get; init; }

    /// <summary>{0} the last period of the five tested.</summary>
    public required string Narrowing { get; init; }

    /// <summary>{0} the last period of the five tested.</summary>
    public required string Widening { get; init; }

    /// <summary>{0} the last period of the five tested.</summary>
    public required string NoChange { get; init; }

    /// <summary>{0} why (one of the reasons below).</summary>
    public required string CannotTell { get; init; }

    public required string TooFewPeriods { get; init; }

    /// <summary>{0} the period without a gap.</summary>
    public required string PeriodWithoutGap { get; init; }

    /// <summary>Why not, when fewer than five areas have a value in all five periods; {0} how many do.</summary>
    public required string TooFewSameAreas { get; init; }

    /// <summary>After the trend's sentence, when some areas lacked a value in some of the five periods; {0} how many areas the trend compared.</summary>
    public required string SameAreas { get; init; }

    public required string MissingInterval { get; init; }

    public required string NotTestable { get; init; }

    public required string TableCaption { get; init; }

    /// <summary>What the gap chart draws (its description).</summary>
    public required string ChartDescription { get; init; }

    public required string Highest { get; init; }

    public required string Lowest { get; init; }

    public required string Gap { get; init; }

    public required string RatioHeading { get; init; }

    public required string Areas { get; init; }

    /// <summary>How the gap is computed and what its interval leaves out.</summary>
    public required string Method { get; init; }

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static GapTexts For(WelfareAtlas.Localisation.Language language) => language switch
    {
        WelfareAtlas.Localisation.Language.Finnish => Finnish,
        WelfareAtlas.Localisation.Language.Swedish => Swedish,
        _ => English,
    };
}
