namespace WelfareAtlas.Import.Mapping;

/// <summary>Where the parts of an observation's key come from, for the problem that names a repeated key.</summary>
public sealed partial class ObservationMapper
{
    private const string Constant = "the mapping's constant";
    private const string OwnEntry = "its values entry";

    /// <summary>
    /// Where an observation's indicator comes from: <c>column "muuttuja"</c>, <c>the mapping's constant</c>, or
    /// <c>its values entry</c> when the entry names its own (a wide file), or both (<c>column "muuttuja" or its values entry</c>).
    /// </summary>
    public string IndicatorOrigin => Origin(indicator, values.Count(v => v.Spec.Indicator is not null));

    /// <summary>Where an observation's area comes from: <c>column "alue"</c> or <c>the mapping's constant</c>.</summary>
    public string AreaOrigin => Named(area);

    /// <summary>Where an observation's period comes from, as <see cref="IndicatorOrigin"/> says it (a file with one column per year: <c>its values entry</c>).</summary>
    public string PeriodOrigin => Origin(period, values.Count(v => v.Spec.Period is not null));

    /// <summary>
    /// Where an observation's breakdown comes from: the columns of sex, age and the free breakdown
    /// (<c>columns "sukupuoli", "ikäryhmä", "aihe"</c>), the mapping's constants, or <c>none in the mapping</c> (every
    /// observation is the total).
    /// </summary>
    public string BreakdownOrigin
    {
        get
        {
            Column?[] parts = [sex, age, breakdown];
            List<string> columns = [.. parts.Where(c => c is { Index: >= 0 }).Select(c => $"\"{c!.Name}\"")];
            int constants = parts.Count(c => c is { Index: < 0 });
            string? named = columns.Count switch
            {
                0 => null,
                1 => "column " + columns[0],
                _ => "columns " + string.Join(", ", columns),
            };
            string? constant = constants switch
            {
                0 => null,
                1 => Constant,
                _ => "the mapping's constants",
            };
            return (named, constant) switch
            {
                (null, null) => "none in the mapping",
                ({ } n, null) => n,
                (null, { } c) => c,
                ({ } n, { } c) => $"{n} and {c}",
            };
        }
    }

    /// <summary>
    /// The phrase of a column or a constant (<paramref name="field"/>) of which <paramref name="ownEntries"/> values
    /// entries give their own instead: the field's phrase, <c>its values entry</c>, or both.
    /// </summary>
    private string Origin(Column? field, int ownEntries)
    {
        if (field is null || ownEntries == values.Count)
        {
            return OwnEntry;
        }

        return ownEntries == 0 ? Named(field) : $"{Named(field)} or {OwnEntry}";
    }

    private static string Named(Column field) => field.Index < 0 ? Constant : $"column \"{field.Name}\"";
}
