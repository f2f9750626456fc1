using System.Globalization;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Auditing;

/// <summary>
/// An entry's sequence number and hash, noted outside the store (e.g. from <c>atlas audit verify</c>'s output): the
/// chain alone cannot show that entries were removed from its end, or that someone who can write the table rewrote
/// it from some entry on with new hashes; a later log must still hold this entry with this hash.
/// </summary>
/// <param name="Sequence">The entry's sequence number, from 1.</param>
/// <param name="Hash">Its hash, 64 lower-case hex digits.</param>
public sealed partial record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>Reads <c>SEQ:HASH</c>, as <see cref="ToString"/> writes it.</summary>
    /// <exception cref="FormatException">Not a positive sequence number, a colon and 64 hex digits.</exception>
    public static AuditAnchor Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match match = Shape().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long sequence) || sequence < 1)
        {
            throw new FormatException($"'{text}' is not an entry's sequence number and hash as SEQ:HASH (e.g. 42:{new string('0', 64)}).");
        }

        return new AuditAnchor(sequence, match.Groups[2].Value.ToLowerInvariant());
    }

    /// <summary><c>SEQ:HASH</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");

    [GeneratedRegex("^([0-9]+):([0-9a-fA-F]{64})$")]
    private static partial Regex Shape();
}
