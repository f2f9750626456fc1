using System.Buffers;
using System.Runtime.CompilerServices;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// Work arrays of one computation, rented from the shared pool and given back at its end: an indicator's part has tens
/// of thousands of cells, so each array of one entry a cell is a large object, and allocating them anew for every part
/// and audience made most of the compute run's large-object allocations, each of which counts towards a full
/// collection (docs/PERFORMANCE.md, issue 6, session 20).
/// </summary>
/// <remarks>A rented array may be longer than asked: its users read and write only the first entries they asked for.</remarks>
internal static class Scratch
{
    /// <summary>An array of at least <paramref name="length"/> entries, the first <paramref name="length"/> of them the default.</summary>
    public static T[] Rent<T>(int length)
    {
        T[] array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Gives <paramref name="array"/> back; references in it are cleared first, so the pool keeps no object alive.</summary>
    public static void Return<T>(T[] array) =>
        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
