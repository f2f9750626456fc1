namespace WelfareAtlas.Access;

/// <summary>What a caller may do; each role includes every lower one (public &lt; analyst &lt; steward &lt; admin).</summary>
public enum Role
{
    /// <summary>Anyone, signed in or not: published, disclosure-protected data only.</summary>
    Public = 0,

    /// <summary>Unprotected values and embargoed data; every request served so is recorded in the audit log.</summary>
    Analyst = 1,

    /// <summary>An analyst who also imports batches, publishes them and sets their embargo.</summary>
    Steward = 2,

    /// <summary>A steward who also manages users, API keys and settings.</summary>
    Admin = 3,
}
