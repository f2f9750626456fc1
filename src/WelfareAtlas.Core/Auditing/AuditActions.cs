namespace WelfareAtlas.Auditing;

/// <summary>The stored form of <see cref="AuditAction"/>.</summary>
public static class AuditActions
{
    /// <summary>Every action.</summary>
    public static IReadOnlyList<AuditAction> All { get; } = Enum.GetValues<AuditAction>();

    /// <summary>The kebab-case name kept in the log.</summary>
    public static string ToSlug(this AuditAction action) => action switch
    {
        AuditAction.Import => "import",
        AuditAction.Rollback => "rollback",
        AuditAction.Publication => "publication",
        AuditAction.UserAdded => "user-added",
        AuditAction.UserRemoved => "user-removed",
        AuditAction.KeyAdded => "key-added",
        AuditAction.KeyRevoked => "key-revoked",
        AuditAction.AnalystAccess => "analyst-access",
        AuditAction.AreasAdded => "areas-added",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an audit action."),
    };
}
