using System.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Cli.CommandLine;

/// <summary>What every command shares: the global options and the process environment, read in one place.</summary>
/// <param name="Environment">Looks up an environment variable; tests pass their own.</param>
internal sealed record CliContext(Func<string, string?> Environment)
{
    /// <summary><c>--data-dir</c>: where the DuckDB store lives; on every command.</summary>
    public Option<string?> DataDirectory { get; } = new("--data-dir")
    {
        Description = $"The data directory holding the DuckDB store (default: ${AtlasConfiguration.DataDirectoryVariable}, else ./{StoreOptions.DefaultDataDirectory}).",
        Recursive = true,
    };

    /// <summary><c>--store</c>: which database holds the store; on every command.</summary>
    public Option<string?> Store { get; } = CreateProviderOption("--store", $"Which database holds the store: duckdb (a file in the data directory) or postgres (default: ${AtlasConfiguration.ProviderVariable}, else duckdb).", recursive: true);

    /// <summary><c>--connection</c>: the PostgreSQL connection string; on every command.</summary>
    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"The PostgreSQL connection string, e.g. \"Host=db;Database=atlas;Username=atlas\" (default: ${AtlasConfiguration.ConnectionVariable}; a password is better kept in ~/.pgpass).",
        Recursive = true,
    };

    /// <summary>An option that takes a provider name, checked when parsed.</summary>
    public static Option<string?> CreateProviderOption(string name, string description, bool recursive)
    {
        Option<string?> option = new(name) { Description = description, Recursive = recursive };
        option.AcceptOnlyFromAmong([.. StoreProviders.Names]);
        return option;
    }

    /// <summary>The data directory: <c>--data-dir</c>, else <c>ATLAS_DATA_DIR</c>, else <c>atlas-data</c>.</summary>
    public string ResolveDataDirectory(ParseResult parseResult) => GivenDataDirectory(parseResult) ?? StoreOptions.DefaultDataDirectory;

    /// <summary>The data directory given by <c>--data-dir</c> or <c>ATLAS_DATA_DIR</c>; <see langword="null"/> when neither is.</summary>
    public string? GivenDataDirectory(ParseResult parseResult) =>
        FirstOf(parseResult.GetValue(DataDirectory), Environment(AtlasConfiguration.DataDirectoryVariable));

    /// <summary>
    /// The store the command works on: <c>--store</c> (else <c>ATLAS_STORE</c>, else DuckDB) with <c>--connection</c>
    /// (else <c>ATLAS_CONNECTION</c>) for PostgreSQL, or the data directory for DuckDB.
    /// </summary>
    /// <remarks>
    /// The command line names the store as a whole: without <c>--store</c>, <c>--connection</c> means PostgreSQL and
    /// <c>--data-dir</c> (without <c>--connection</c>) means DuckDB, whatever <c>ATLAS_STORE</c> says. Otherwise a
    /// server's environment (<c>ATLAS_STORE=postgres</c>) would turn <c>atlas import-store --data-dir snapshot</c> into
    /// a copy onto the server's store.
    /// </remarks>
    /// <exception cref="StoreException">The provider is unknown or PostgreSQL has no valid connection string; the message says what to give.</exception>
    public StoreLocation ResolveStore(ParseResult parseResult) => new StoreOptions
    {
        Provider = ResolveProvider(parseResult),
        Connection = FirstOf(parseResult.GetValue(Connection), Environment(AtlasConfiguration.ConnectionVariable)),
        DataDirectory = ResolveDataDirectory(parseResult),
    }.ToLocation();

    /// <summary>Writes a one-line error, prefixed with the program name, and returns <paramref name="exitCode"/>.</summary>
    public static int Fail(ParseResult parseResult, int exitCode, string message)
    {
        parseResult.InvocationConfiguration.Error.WriteLine($"atlas: {message}");
        return exitCode;
    }

    /// <summary>
    /// Reports that a change is committed but the compute run or the forecast refresh after it failed or was cancelled,
    /// with the failure's first line (DuckDB's messages go on with lines of context) and not its stack; returns
    /// <see cref="ExitCodes.RecomputeFailed"/>.
    /// </summary>
    /// <param name="parseResult">The command's parse result, for its error writer.</param>
    /// <param name="committed">What is committed, e.g. "batch 3 is committed".</param>
    /// <param name="change">The change, as in "the cells are those from before the import".</param>
    /// <param name="cellsRecomputed">Whether the cells were recomputed, so that only the forecast refresh failed.</param>
    /// <param name="failure">What failed; an <see cref="OperationCanceledException"/> for a cancellation.</param>
    public static int RecomputeFailed(ParseResult parseResult, string committed, string change, bool cellsRecomputed, Exception failure)
    {
        string work = cellsRecomputed ? "refreshing the forecasts of its indicators" : "recomputing the cells and forecasts of its indicators";
        string behind = cellsRecomputed ? "The cells are recomputed; the forecasts and alert statuses" : "The cells and forecasts";
        string what = $"{work} {Outcome(failure)}";
        return Fail(
            parseResult,
            ExitCodes.RecomputeFailed,
            $"{committed}, but {what} {behind} are those from before {change} until 'atlas compute' succeeds (a server also recomputes when it starts).");
    }

    /// <summary>
    /// How a step after a commit ended, as a sentence's end: "was cancelled." for a cancellation, else "failed: " and the
    /// failure's first line (DuckDB's messages go on with lines of context), with a full stop unless it has one.
    /// </summary>
    public static string Outcome(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure is OperationCanceledException)
        {
            return "was cancelled.";
        }

        string message = failure.Message.Split('\n', 2)[0].TrimEnd();
        return $"failed: {message}{(message.EndsWith('.') || message.EndsWith('!') || message.EndsWith('?') ? string.Empty : ".")}";
    }

    /// <summary>Who runs the command, as the audit log records it: <c>cli:</c> and the operating-system user.</summary>
    public static string Actor => "cli:" + System.Environment.UserName;

    /// <summary>
    /// Reads a time given on the command line: ISO 8601, with <c>Z</c> or an offset (<c>2026-03-01T08:00:00+02:00</c>);
    /// a time without either is UTC. Returns <see langword="null"/> with <paramref name="error"/> set when it cannot be read.
    /// </summary>
    public static DateTime? ParseTime(string text, out string? error)
    {
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset time))
        {
            error = null;
            return time.UtcDateTime;
        }

        error = $"'{text}' is not a time: write it as ISO 8601, e.g. 2026-03-01T08:00:00Z or 2026-03-01T10:00:00+02:00.";
        return null;
    }

    /// <summary>The provider by the rule of <see cref="ResolveStore"/>.</summary>
    private string ResolveProvider(ParseResult parseResult)
    {
        if (FirstOf(parseResult.GetValue(Store)) is { } named)
        {
            return named;
        }

        if (FirstOf(parseResult.GetValue(Connection)) is not null)
        {
            return StoreProvider.Postgres.ToSlug();
        }

        if (FirstOf(parseResult.GetValue(DataDirectory)) is not null)
        {
            return StoreProvider.DuckDb.ToSlug();
        }

        return FirstOf(Environment(AtlasConfiguration.ProviderVariable)) ?? StoreProvider.DuckDb.ToSlug();
    }

    private static string? FirstOf(params string?[] candidates) => candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
}
