namespace WelfareAtlas.Web.Importing;

/// <summary>What loading the national demo did (<see cref="NationalDemoLoader"/>), step by step.</summary>
/// <param name="Imports">The import of each delivery, in file order.</param>
/// <param name="Generation">Writing the area file, the deliveries, their manifests and specs.</param>
/// <param name="Importing">Adding the area file and importing every delivery (without recomputing).</param>
/// <param name="Computing">The full compute run after the imports.</param>
/// <param name="Refreshing">Forecasts and alert statuses after the compute run.</param>
public sealed record NationalDemoLoad(IReadOnlyList<ImportResult> Imports, TimeSpan Generation, TimeSpan Importing, TimeSpan Computing, TimeSpan Refreshing);
