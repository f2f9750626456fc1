using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>
/// The shape of one delivery file: container, encoding, columns and the codes it writes for sex, age and
/// category. The manifest (<see cref="DeliveryManifest"/>) is this record written out for the people who map it.
/// </summary>
public sealed record DeliveryLayout
{
    /// <summary>The file name, as the producer would name it.</summary>
    public required string FileName { get; init; }

    /// <summary>What the file is, in English, for the manifest.</summary>
    public required string Description { get; init; }

    /// <summary>CSV or XLSX.</summary>
    public required DeliveryFormat Format { get; init; }

    /// <summary>The text encoding of a CSV file; ignored for XLSX.</summary>
    public DeliveryEncoding Encoding { get; init; } = DeliveryEncoding.Utf8Bom;

    /// <summary>The field delimiter of a CSV file.</summary>
    public char Delimiter { get; init; } = ';';

    /// <summary>The decimal separator of a CSV file (Finnish: comma). XLSX numbers are numeric cells.</summary>
    public char DecimalSeparator { get; init; } = ',';

    /// <summary>The worksheet of an XLSX file.</summary>
    public string SheetName { get; init; } = "Tiedot";

    /// <summary>The columns in file order.</summary>
    public required IReadOnlyList<DeliveryColumn> Columns { get; init; }

    /// <summary>The kind of area code: <c>postal-area</c>, <c>sub-district</c> (kokotunnus) or <c>synthetic-area</c>.</summary>
    public required string AreaKind { get; init; }

    /// <summary>How periods are written.</summary>
    public required PeriodForm PeriodForm { get; init; }

    /// <summary>What the file writes for each sex, when it has a sex column.</summary>
    public IReadOnlyDictionary<Sex, string> SexCodes { get; init; } = new Dictionary<Sex, string>();

    /// <summary>What the file writes for each age band, when it has an age column.</summary>
    public IReadOnlyDictionary<AgeBand, string> AgeCodes { get; init; } = new Dictionary<AgeBand, string>();

    /// <summary>The name of the free dimension (<c>topic</c>), when the file has a category column.</summary>
    public string? Dimension { get; init; }

    /// <summary>What the file writes for each category (canonical → written), when it has a category column.</summary>
    public IReadOnlyDictionary<string, string> CategoryCodes { get; init; } = new Dictionary<string, string>();

    /// <summary>What the producer writes in place of a hidden number.</summary>
    public string SuppressedSymbol { get; init; } = ".";

    /// <summary>
    /// Whether a postal-area file is aggregated through the crosswalk to sub-districts and up (<c>aggregate</c> in its
    /// spec). False for the postal-area population at the city scale: the sub-district population file gives the
    /// hierarchy exactly, and the crosswalk's sums of the postal areas, imported after it, replaced its district
    /// sums (Vuosaari 31 150 residents, its sub-districts 28 709).
    /// </summary>
    public bool Aggregate { get; init; } = true;

    /// <summary>Whether the file is synthetic demo data (every file the generator makes except the Paavo-derived one).</summary>
    public required bool Synthetic { get; init; }

    /// <summary>The indicators the file carries, in column order.</summary>
    public IReadOnlyList<IndicatorId> Indicators =>
        [.. Columns.SelectMany(column => column.Indicators).Distinct()];
}
