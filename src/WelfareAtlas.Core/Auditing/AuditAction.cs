namespace WelfareAtlas.Auditing;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    /// <summary>A batch was committed; the subject is the batch id.</summary>
    Import,

    /// <summary>A batch's publication time was set or its embargo ended; the subject is the batch id.</summary>
    Publication,

    /// <summary>A local account was added or its role changed; the subject is the user name.</summary>
    UserAdded,

    /// <summary>A local account was removed; the subject is the user name.</summary>
    UserRemoved,

    /// <summary>An API key was created; the subject is the key's id.</summary>
    KeyAdded,

    /// <summary>An API key was revoked; the subject is the key's id.</summary>
    KeyRevoked,

    /// <summary>A page or API request was served with unprotected (analyst) data; the subject is the path and query.</summary>
    AnalystAccess,

    /// <summary>The areas and crosswalk of an area file were added to the store; the subject is the file name.</summary>
    AreasAdded,

    /// <summary>A committed batch was rolled back (its rows removed, the rows it superseded current again); the subject is the batch id.</summary>
    Rollback,
}
