using System.ComponentModel.DataAnnotations;

namespace WelfareAtlas.Storage;

/// <summary>Where the store lives.</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section; the command line's <c>--data-dir</c> and <c>ATLAS_DATA_DIR</c> fill it too.</summary>
    public const string Section = "Store";

    /// <summary>The default data directory, relative to the working directory (git-ignored in the repository).</summary>
    public const string DefaultDataDirectory = "atlas-data";

    /// <summary>The data directory: absolute, or relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>Whether a new store is filled with the demo deliveries (synthetic data, labelled so) on creation; true for the product's first start.</summary>
    public bool LoadDemo { get; set; } = true;
}
