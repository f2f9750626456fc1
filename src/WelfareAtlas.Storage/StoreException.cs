namespace WelfareAtlas.Storage;

/// <summary>The store cannot be used: it is missing, unreadable, locked by another process, or from a newer version.</summary>
/// <remarks>The message is written for the person at the keyboard and names the file.</remarks>
public class StoreException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the failure underneath.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the other constructors.</summary>
    public StoreException()
    {
    }
}
