using System.ComponentModel.DataAnnotations;

namespace WelfareAtlas.Storage;

/// <summary>Where the store lives and how a new one is filled.</summary>
public sealed class StoreOptions : IValidatableObject
{
    /// <summary>The configuration section; the command line's <c>--store</c>, <c>--connection</c>, <c>--data-dir</c> and the <c>ATLAS_*</c> variables fill it too.</summary>
    public const string Section = "Store";

    /// <summary>The default data directory, relative to the working directory (git-ignored in the repository).</summary>
    public const string DefaultDataDirectory = "atlas-data";

    /// <summary>Which database holds the store: <c>duckdb</c> (the default, a file in <see cref="DataDirectory"/>) or <c>postgres</c> (at <see cref="Connection"/>).</summary>
    public string Provider { get; set; } = StoreProvider.DuckDb.ToSlug();

    /// <summary>The Npgsql connection string of the PostgreSQL store; required with <c>postgres</c>, ignored with <c>duckdb</c>.</summary>
    public string? Connection { get; set; }

    /// <summary>The data directory of the DuckDB store: absolute, or relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>Whether a new store is filled with the demo deliveries (synthetic data, labelled so) on creation; true for the product's first start.</summary>
    public bool LoadDemo { get; set; } = true;

    /// <summary>The store these options name.</summary>
    /// <exception cref="StoreException">The provider is unknown, or PostgreSQL has no (valid) connection string.</exception>
    public StoreLocation ToLocation() => StoreProviders.TryParse(Provider, out StoreProvider provider)
        ? StoreLocation.Of(provider, provider == StoreProvider.Postgres ? Connection ?? string.Empty : DataDirectory)
        : throw new StoreException($"Unknown store provider '{Provider}': use {string.Join(" or ", StoreProviders.Names)}.");

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            _ = ToLocation();
        }
        catch (StoreException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(Provider), nameof(Connection)]);
        }
    }
}
