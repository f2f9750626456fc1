using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WelfareAtlas.Auditing;

/// <summary>
/// The hash chain of the audit log: each entry's hash covers the previous entry's hash and all of its own fields, so
/// changing, removing or reordering any entry breaks every hash from there on.
/// </summary>
/// <remarks>
/// The hashed text is each field as <c>length:value</c> (so no field can absorb its neighbour), in the order previous
/// hash, sequence, time (<c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>), actor, action, subject, detail; SHA-256 over its UTF-8
/// bytes, lower-case hex. The chain proves integrity against anyone who cannot rewrite the whole log from the altered
/// entry on; the PostgreSQL trigger and the database's own permissions guard against that.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Truncates <paramref name="time"/> to whole microseconds, as stored, so that its hash survives the round trip.</summary>
    public static DateTime ToStoredPrecision(DateTime time) =>
        new(time.Ticks - (time.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), DateTimeKind.Utc);

    /// <summary>The entry that follows <paramref name="previous"/> (or starts the chain when it is <see langword="null"/>), with its hash.</summary>
    public static AuditEntry Next(AuditEntry? previous, DateTime at, string actor, AuditAction action, string subject, string detail)
    {
        AuditEntry entry = new(
            (previous?.Sequence ?? 0) + 1,
            ToStoredPrecision(at),
            actor,
            action.ToSlug(),
            subject,
            detail,
            previous?.Hash ?? Genesis,
            string.Empty);
        return entry with { Hash = HashOf(entry) };
    }

    /// <summary>The hash <paramref name="entry"/> should carry, from every field but its own <see cref="AuditEntry.Hash"/>.</summary>
    public static string HashOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        StringBuilder text = new();
        foreach (string field in (string[])[
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.Subject,
            entry.Detail])
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Checks the chain in sequence order; the result names the first entry that does not fit, if any. With
    /// <paramref name="anchor"/>, the log must also still hold that entry with that hash: a log that ends before it lost
    /// entries from its end, and one whose entry carries another hash was rewritten from there or before.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        string expectedPrevious = Genesis;
        long expectedSequence = 1;
        long count = 0;
        foreach (AuditEntry entry in entries)
        {
            string? problem =
                entry.Sequence != expectedSequence ? string.Create(CultureInfo.InvariantCulture, $"expected entry {expectedSequence} here, found {entry.Sequence} (an entry is missing or out of order)")
                : !string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal) ? "its previous hash is not the hash of the entry before it"
                : !string.Equals(entry.Hash, HashOf(entry), StringComparison.Ordinal) ? "its hash does not match its fields (the entry was altered)"
                : anchor is not null && entry.Sequence == anchor.Sequence && !string.Equals(entry.Hash, anchor.Hash, StringComparison.Ordinal)
                    ? string.Create(CultureInfo.InvariantCulture, $"its hash is {entry.Hash}, not the {anchor.Hash} noted for it (the log was rewritten from this entry or before)")
                : null;
            if (problem is not null)
            {
                return new AuditVerification(count, entry.Sequence, problem, expectedPrevious);
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            count++;
        }

        if (anchor is not null && anchor.Sequence > count)
        {
            return new AuditVerification(
                count,
                anchor.Sequence,
                string.Create(CultureInfo.InvariantCulture, $"the log ends at entry {count}, before the entry {anchor.Sequence} noted with its hash (entries were removed from its end)"),
                expectedPrevious);
        }

        return new AuditVerification(count, null, null, expectedPrevious);
    }
}
