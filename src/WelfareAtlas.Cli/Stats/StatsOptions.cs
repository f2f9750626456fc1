namespace WelfareAtlas.Cli.Stats;

/// <summary>The options shared by the <c>atlas stats</c> commands.</summary>
/// <param name="Include95">Write the 95 % limits.</param>
/// <param name="Include998">Write the 99.8 % limits.</param>
/// <param name="Multiplier">The multiplier, or <see langword="null"/> for the method's default.</param>
internal sealed record StatsOptions(bool Include95, bool Include998, double? Multiplier)
{
    public static StatsOptions Default { get; } = new(true, true, null);

    /// <summary>Reads <c>--confidence</c>: "95", "99.8" or both, comma-separated.</summary>
    public static bool TryParseConfidence(string? text, out bool include95, out bool include998, out string? error)
    {
        include95 = false;
        include998 = false;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            include95 = include998 = true;
            return true;
        }

        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part)
            {
                case "95" or "0.95":
                    include95 = true;
                    break;
                case "99.8" or "0.998":
                    include998 = true;
                    break;
                default:
                    error = $"--confidence takes 95, 99.8 or both (\"95,99.8\"), not '{part}'.";
                    return false;
            }
        }

        if (!include95 && !include998)
        {
            error = "--confidence names no level.";
            return false;
        }

        return true;
    }
}
