using System.Globalization;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Cli.Batches;

/// <summary>When a batch's data become public (its embargo, <c>atlas batches publish</c>), as <c>batches list</c> and <c>show</c> say it.</summary>
internal static class PublicationText
{
    /// <summary>A field of <c>batches list</c>: <c>at import</c>, or the time, marked <c>(embargoed)</c> while it is to come.</summary>
    public static string Short(ImportBatch batch, DateTime now) => batch.PublishedAt is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss}Z{(at > now ? " (embargoed)" : string.Empty)}")
        : "at import";

    /// <summary>The line of <c>batches show</c>: whether the public sees the batch's data, since or until when.</summary>
    public static string Long(ImportBatch batch, DateTime now) => batch.PublishedAt is { } at
        ? at > now
            ? string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss}Z (embargoed: until then only analysts and above see its data)")
            : string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss}Z (public since then)")
        : "at import (no embargo)";
}
