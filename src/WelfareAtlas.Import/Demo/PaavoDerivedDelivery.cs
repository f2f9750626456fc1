using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Paavo;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// Real indicators computed from Statistics Finland's Paavo by postal area and year (2020–2023): numerators and
/// denominators taken as Paavo gives them, and the median income as a value. Not synthetic. Every postal area is
/// delivered every year, the uninhabited 00230 with Paavo's zeros (see <see cref="Rows"/>).
/// </summary>
internal static class PaavoDerivedDelivery
{
    /// <summary>The columns: header, role, Paavo variables summed for it, indicators, decimals.</summary>
    private static readonly (string Header, ColumnRole Role, string[] Variables, string[] Indicators)[] Columns =
    [
        ("Työttömät", ColumnRole.Numerator, ["Unemployed (PT)"], ["paavo-unemployment-rate"]),
        ("Työvoima", ColumnRole.Denominator, ["Employed (PT)", "Unemployed (PT)"], ["paavo-unemployment-rate"]),
        ("Korkea-asteen tutkinnon suorittaneet", ColumnRole.Numerator, ["Academic degree - Lowest level tertiary and lower university level degrees (KO)", "Academic degree - Higher university level degree (KO)"], ["paavo-tertiary-education"]),
        ("Vain perusasteen koulutus", ColumnRole.Numerator, ["Basic level studies (KO)"], ["paavo-basic-education-only"]),
        ("18 vuotta täyttäneet (koulutus)", ColumnRole.Denominator, ["Aged 18 or over, total (KO)"], ["paavo-tertiary-education", "paavo-basic-education-only"]),
        ("Alimpaan tuloluokkaan kuuluvat", ColumnRole.Numerator, ["Inhabitants belonging to the lowest income category (HR)"], ["paavo-low-income"]),
        ("18 vuotta täyttäneet (tulot)", ColumnRole.Denominator, ["Aged 18 or over, total (HR)"], ["paavo-low-income"]),
        ("Mediaanitulot (€)", ColumnRole.Value, ["Median income of inhabitants (HR)"], ["paavo-median-income"]),
        ("Eläkeläiset", ColumnRole.Numerator, ["Pensioners (PT)"], ["paavo-pensioners"]),
        ("Asukkaat", ColumnRole.Denominator, ["Inhabitants, total (PT)"], ["paavo-pensioners"]),
        ("Yhden vanhemman lapsiperheet", ColumnRole.Numerator, ["One-parent households with children (TE)"], ["paavo-single-parent-households"]),
        ("Lapsiperheet", ColumnRole.Denominator, ["Households with children (TE)"], ["paavo-single-parent-households"]),
        ("Vuokra-asunnoissa asuvat kotitaloudet", ColumnRole.Numerator, ["Households living in rented dwellings (TE)"], ["paavo-rented-dwellings"]),
        ("Yhden hengen kotitaloudet", ColumnRole.Numerator, ["One-person households (TE)"], ["paavo-one-person-households"]),
        ("Kotitaloudet", ColumnRole.Denominator, ["Households, total (TE)"], ["paavo-rented-dwellings", "paavo-one-person-households"]),
    ];

    public static DeliveryFile Create(PaavoData paavo)
    {
        DeliveryLayout layout = new()
        {
            FileName = $"paavo_johdetut_postinumeroittain_{paavo.Years[0]}-{paavo.Years[^1]}.csv",
            Description = "REAL DATA. Indicators derived from Statistics Finland's Paavo (table 12f7, CC BY 4.0) by postal area and year: numerators and denominators as Paavo gives them, median income as a value.",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8Bom,
            Columns =
            [
                new("Postinumeroalue", ColumnRole.AreaCode),
                new("Nimi", ColumnRole.AreaName),
                new("Vuosi", ColumnRole.Period),
                .. Columns.Select(column => DeliveryColumn.Of(column.Header, column.Role, 0, column.Indicators)),
            ],
            AreaKind = "postal-area",
            PeriodForm = PeriodForm.Year,
            Synthetic = false,
        };
        return new DeliveryFile(layout, () => Rows(paavo));
    }

    private static IEnumerable<DeliveryRow> Rows(PaavoData paavo)
    {
        foreach (int year in paavo.Years)
        {
            foreach (Areas.AreaCode postal in paavo.PostalAreas)
            {
                // 00230 (Helsinki postikeskus, the mail centre) has no residents, and Paavo says so with zeros. It is
                // delivered with them: it lies wholly in Pohjois-Pasila, and the import sums a sub-district only when
                // every postal area reaching into it has delivered, so leaving it out left Pohjois-Pasila, Pasila,
                // Keskinen and the city without any Paavo value. Zeros add nothing to those sums. Its median income,
                // the median of nobody, is left empty (missing) rather than Paavo's 0.
                bool uninhabited = paavo.Value(postal, year, "Inhabitants, total (HE)") == 0;
                double?[] numbers = [.. Columns.Select(column => column.Role == ColumnRole.Value && uninhabited
                    ? null
                    : (double?)column.Variables.Sum(variable => paavo.Value(postal, year, variable)))];
                yield return new DeliveryRow(postal, paavo.Names[postal], Period.OfYear(year), Breakdown.Total, numbers);
            }
        }
    }
}
