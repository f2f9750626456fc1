namespace WelfareAtlas.Storage;

/// <summary>
/// A store location that cannot be used as written: a connection string that does not parse, or one in libpq's form.
/// The user's input is wrong, not the store; the message says what to write and never repeats a value that could be a
/// password.
/// </summary>
public sealed class StoreLocationException : StoreException
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public StoreLocationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the failure underneath.</summary>
    public StoreLocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the other constructors.</summary>
    public StoreLocationException()
    {
    }
}
