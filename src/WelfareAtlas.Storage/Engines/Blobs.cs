namespace WelfareAtlas.Storage.Engines;

/// <summary>BLOB values as both engines' readers give them.</summary>
internal static class Blobs
{
    /// <summary>
    /// The bytes of a BLOB (<c>BYTEA</c>) value: DuckDB's reader gives a stream over its own memory, valid only until the
    /// reader moves on, Npgsql's an array; either is copied or returned as bytes.
    /// </summary>
    public static byte[] ToArray(object value)
    {
        if (value is byte[] bytes)
        {
            return bytes;
        }

        using Stream stream = (Stream)value;
        using MemoryStream copy = new();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
