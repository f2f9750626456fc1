using System.Text;

namespace WelfareAtlas.Observations;

/// <summary>
/// Which part of an area's population an observation describes: by sex, age band and at most one free
/// dimension (for example <c>topic=loneliness</c> or <c>language=sv</c>). <see cref="Total"/> is everyone.
/// </summary>
/// <param name="Sex">The sex breakdown.</param>
/// <param name="Age">The age band.</param>
/// <param name="Dimension">The free dimension's name (lower-case, a-z, 0-9, '-'), or <see langword="null"/>.</param>
/// <param name="Category">The category within <paramref name="Dimension"/>; set exactly when the dimension is.</param>
public sealed record Breakdown(Sex Sex, AgeBand Age, string? Dimension = null, string? Category = null)
{
    /// <summary>Everyone in the area: no breakdown.</summary>
    public static Breakdown Total { get; } = new(Sex.Total, AgeBand.All);

    /// <summary>Whether this is <see cref="Total"/>.</summary>
    public bool IsTotal => Sex == Sex.Total && Age.IsAll && Dimension is null;

    // The key is built once per instance: the compute run asks it for every cell, several times. A `with` expression
    // starts from the copy constructor below, which leaves the cache empty, and equality ignores it.
    private string? key;

    private Breakdown(Breakdown original)
    {
        Sex = original.Sex;
        Age = original.Age;
        Dimension = original.Dimension;
        Category = original.Category;
    }

    /// <summary>
    /// The canonical key stored and shown in URLs: <c>total</c>, or the parts that are not total joined by
    /// <c>;</c> in the order sex, age, dimension: <c>sex=female;age=7-17;topic=loneliness</c>.
    /// </summary>
    public string Key => key ??= BuildKey();

    /// <inheritdoc />
    public bool Equals(Breakdown? other) =>
        other is not null
        && Sex == other.Sex
        && Age == other.Age
        && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal)
        && string.Equals(Category, other.Category, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sex, Age, Dimension, Category);

    private string BuildKey()
    {
        if (IsTotal)
        {
            return "total";
        }

        StringBuilder text = new();
        if (Sex != Sex.Total)
        {
            text.Append("sex=").Append(Sex == Sex.Female ? "female" : "male");
        }

        if (!Age.IsAll)
        {
            text.Append(text.Length > 0 ? ";" : string.Empty).Append("age=").Append(Age.ToString());
        }

        if (Dimension is not null)
        {
            text.Append(text.Length > 0 ? ";" : string.Empty).Append(Dimension).Append('=').Append(Category);
        }

        return text.ToString();
    }

    /// <summary>Reads a <see cref="Key"/> back; <see langword="false"/> with the reason for anything else.</summary>
    public static bool TryParseKey(string? key, out Breakdown breakdown, out string? error)
    {
        breakdown = Total;
        error = null;
        string s = key?.Trim() ?? string.Empty;
        if (s.Length == 0 || s == "total")
        {
            return true;
        }

        Sex sex = Sex.Total;
        AgeBand age = AgeBand.All;
        string? dimension = null;
        string? category = null;
        foreach (string part in s.Split(';'))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                error = $"Breakdown part '{part}' of '{s}' is not name=value.";
                return false;
            }

            string name = part[..equals];
            string value = part[(equals + 1)..];
            switch (name)
            {
                case "sex" when value is "female" or "male":
                    sex = value == "female" ? Sex.Female : Sex.Male;
                    break;
                case "sex":
                    error = $"Sex '{value}' in breakdown '{s}' is neither female nor male.";
                    return false;
                case "age":
                    if (!AgeBand.TryParse(value, out age, out error))
                    {
                        return false;
                    }

                    break;
                default:
                    if (dimension is not null)
                    {
                        error = $"Breakdown '{s}' has more than one free dimension ({dimension}, {name}).";
                        return false;
                    }

                    dimension = name;
                    category = value;
                    break;
            }
        }

        breakdown = new Breakdown(sex, age, dimension, category);
        return true;
    }
}
