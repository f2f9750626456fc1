namespace WelfareAtlas.Disclosure;

/// <summary>Who an output is for, which decides whether hidden cells carry their numbers.</summary>
public enum Audience
{
    /// <summary>Everyone: hidden cells have no numbers, only their state, reason and explanation.</summary>
    Public,

    /// <summary>An authorised analyst: every number, each with the state the public would see.</summary>
    Analyst,
}
