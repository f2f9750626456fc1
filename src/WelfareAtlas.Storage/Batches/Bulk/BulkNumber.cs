namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>What a number cell holds.</summary>
/// <param name="Bad">Not a number nor a marker: the observation is rejected.</param>
/// <param name="Suppressed">A suppression marker.</param>
/// <param name="Number">The number; <see langword="null"/> for a marker or an empty cell (missing).</param>
/// <param name="Symbol">The marker as written for a suppressed or non-empty missing cell.</param>
public readonly record struct BulkNumber(bool Bad, bool Suppressed, double? Number, string? Symbol);
