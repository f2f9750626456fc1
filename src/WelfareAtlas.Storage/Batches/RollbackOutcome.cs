namespace WelfareAtlas.Storage.Batches;

/// <summary>What a rollback did.</summary>
public enum RollbackOutcome
{
    /// <summary>The batch's observations are gone and the rows it had superseded are current again.</summary>
    RolledBack,

    /// <summary>There is no batch with that id.</summary>
    NotFound,

    /// <summary>The batch was rolled back before; nothing changed.</summary>
    AlreadyRolledBack,
}
