using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// Holds one connection to a DuckDB store open while the store is in use, and closes it after an idle time
/// (<see cref="DefaultIdleTime"/> in the product) without a new connection.
/// </summary>
/// <remarks>
/// DuckDB.NET closes the database when its last connection closes, and the next connection opens the file again
/// (reads the catalogue, replays the write-ahead log): on the demo store that took 100–200 ms on a loaded machine, paid
/// by every page and API call, each of which opens its own connections. While this connection is held, opening another
/// is cheap. Closing it when idle keeps what docs/operations.md promises: a second process (an <c>atlas</c> command)
/// can open a store that <c>atlas serve</c> is not using, once the app has been idle for the idle time.
/// </remarks>
internal sealed class DuckDbKeepAlive : IDisposable
{
    /// <summary>How long the product keeps a store open after its last new connection.</summary>
    public static readonly TimeSpan DefaultIdleTime = TimeSpan.FromSeconds(10);

    private readonly DbDataSource inner;
    private readonly TimeSpan idleTime;
    private readonly Lock gate = new();
    private readonly Timer timer;
    private DbConnection? held;
    private long lastUse;
    private bool disposed;

    /// <summary>Keeps <paramref name="inner"/>'s database open while it is in use, until <paramref name="idleTime"/> without a new connection.</summary>
    public DuckDbKeepAlive(DbDataSource inner, TimeSpan idleTime)
    {
        this.inner = inner;
        this.idleTime = idleTime;
        timer = new Timer(_ => CloseIfIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether the connection is held open now.</summary>
    public bool IsHolding
    {
        get
        {
            lock (gate)
            {
                return held is { State: System.Data.ConnectionState.Open };
            }
        }
    }

    /// <summary>Called for every new connection: opens the held connection if there is none, and restarts the idle time.</summary>
    public void Touch()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            lastUse = Stopwatch.GetTimestamp();
            if (held is not null)
            {
                return;
            }

            DbConnection connection = inner.CreateConnection();
            try
            {
                connection.Open();
            }
            catch (DuckDBException)
            {
                // Only a speed-up: the caller's own connection meets the same problem (a file locked by another
                // process, a broken store) and reports it.
                connection.Dispose();
                return;
            }

            held = connection;
            timer.Change(idleTime, idleTime);
        }
    }

    /// <summary>Closes the held connection.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Close();
        }

        timer.Dispose();
    }

    private void CloseIfIdle()
    {
        lock (gate)
        {
            if (held is not null && Stopwatch.GetElapsedTime(lastUse) >= idleTime)
            {
                Close();
            }
        }
    }

    private void Close()
    {
        held?.Dispose();
        held = null;
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }
}
