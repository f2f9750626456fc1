using WelfareAtlas.Observations;

namespace WelfareAtlas.Storage.Batches;

/// <summary>The store's text for <see cref="ObservationStatus"/>: <c>available</c>, <c>suppressed</c>, <c>missing</c>.</summary>
internal static class ObservationStatuses
{
    public static string ToSlug(ObservationStatus status) => status switch
    {
        ObservationStatus.Available => "available",
        ObservationStatus.SuppressedBySource => "suppressed",
        ObservationStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an observation status."),
    };
}
