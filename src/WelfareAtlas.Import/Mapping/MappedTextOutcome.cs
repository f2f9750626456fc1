namespace WelfareAtlas.Import.Mapping;

/// <summary>What the mapping makes of one cell text (see <see cref="ObservationMapper"/>'s text methods).</summary>
public enum MappedTextOutcome
{
    /// <summary>The text gives a value.</summary>
    Value,

    /// <summary>The mapping skips a row with this text (counted, not an error).</summary>
    Skip,

    /// <summary>The text is an error: a row with it is rejected (the row path names the problem).</summary>
    Problem,
}
