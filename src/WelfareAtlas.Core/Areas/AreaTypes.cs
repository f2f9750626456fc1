namespace WelfareAtlas.Areas;

/// <summary>The URL and file form of <see cref="AreaType"/>: <c>city</c>, <c>major-district</c>, <c>district</c>, <c>sub-district</c>, <c>postal-area</c>.</summary>
public static class AreaTypes
{
    /// <summary>Every area type, from the largest to the smallest, postal areas last.</summary>
    public static IReadOnlyList<AreaType> All { get; } =
        [AreaType.City, AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea];

    /// <summary>The kebab-case name used in the API, the CLI and the store.</summary>
    public static string ToSlug(this AreaType type) => type switch
    {
        AreaType.City => "city",
        AreaType.MajorDistrict => "major-district",
        AreaType.District => "district",
        AreaType.SubDistrict => "sub-district",
        AreaType.PostalArea => "postal-area",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an area type."),
    };

    /// <summary>Reads a slug written by <see cref="ToSlug"/>, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? slug, out AreaType type)
    {
        string normalised = slug?.Trim().ToLowerInvariant() ?? string.Empty;
        foreach (AreaType candidate in All)
        {
            if (string.Equals(candidate.ToSlug(), normalised, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>The slugs of all types, comma-separated, for error messages.</summary>
    public static string SlugList => string.Join(", ", All.Select(t => t.ToSlug()));
}
