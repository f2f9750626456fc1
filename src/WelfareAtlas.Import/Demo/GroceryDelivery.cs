using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// Grocery purchases by postal area and month, as a retailer's loyalty-card delivery: baskets, food spending and
/// the euros spent on vegetables and fruit, sugary drinks, sweets and alcohol. Each category's euros are the numerator
/// and the food spending the denominator of its share, so the import sums both up the area hierarchy and the shares
/// of sub-districts, districts and the city are recomputed from the sums. Model in docs/demo-data.md.
/// </summary>
internal static class GroceryDelivery
{
    /// <summary>Fewer baskets than this (but some) in an area-month and the retailer hides the euros.</summary>
    public const int MinimumBaskets = 200;

    private static readonly IndicatorId SugaryDrinks = IndicatorId.Parse("grocery-sugary-drinks");

    /// <summary>Food price index relative to 2021 (food inflation 2022–2023), applied to the basket value.</summary>
    private static double PriceIndex(int year) => year switch
    {
        <= 2021 => 1.0 - (0.01 * (2021 - year)),
        2022 => 1.08,
        2023 => 1.17,
        2024 => 1.19,
        _ => 1.21,
    };

    public static DeliveryFile Create(DemoSetting setting)
    {
        bool city = setting.Scale == DemoScale.City;
        DeliveryLayout layout = new()
        {
            FileName = $"ruokaostot_postinumeroittain_{setting.FirstRecentYear}-01_{setting.LastYear}-12.csv",
            Description = "SYNTHETIC. Grocery purchases by postal area and month (imitates a retailer's loyalty-card delivery to PUHTI).",
            Format = DeliveryFormat.Csv,
            Encoding = city ? DeliveryEncoding.Windows1252 : DeliveryEncoding.Utf8,
            Columns =
            [
                new("Kuukausi", ColumnRole.Period),
                new("Postinumero", ColumnRole.AreaCode),
                new("Ostoskoreja", ColumnRole.Extra),
                DeliveryColumn.Of("Ruokaostot yhteensä (€)", ColumnRole.Denominator, 0, "grocery-vegetables-fruit", "grocery-sugary-drinks", "grocery-sweets", "grocery-alcohol"),
                DeliveryColumn.Of("Kasvikset ja hedelmät (€)", ColumnRole.Numerator, 0, "grocery-vegetables-fruit"),
                DeliveryColumn.Of("Sokeroidut juomat (€)", ColumnRole.Numerator, 0, "grocery-sugary-drinks"),
                DeliveryColumn.Of("Makeiset (€)", ColumnRole.Numerator, 0, "grocery-sweets"),
                DeliveryColumn.Of("Alkoholijuomat (€)", ColumnRole.Numerator, 0, "grocery-alcohol"),

                // The shares as the retailer prints them, for a reader of the file; the product recomputes them from the euros.
                new("Kasvikset ja hedelmät (%)", ColumnRole.Extra, 1),
                new("Sokeroidut juomat (%)", ColumnRole.Extra, 1),
                new("Makeiset (%)", ColumnRole.Extra, 1),
                new("Alkoholijuomat (%)", ColumnRole.Extra, 1),
            ],
            AreaKind = setting.PostalKind,
            PeriodForm = PeriodForm.Month,
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("grocery"));
        int months = 12 * (setting.LastYear - setting.FirstRecentYear + 1);
        for (int index = 0; index < months; index++)
        {
            int year = setting.FirstRecentYear + (index / 12);
            int month = (index % 12) + 1;
            Period period = Period.OfMonth(year, month);
            double summer = Math.Cos(2 * Math.PI * (month - 7) / 12.0);
            foreach (DemoArea area in setting.PostalAreas)
            {
                int residents = setting.Population.Count(area.Code, year, Sex.Total);
                double seasonal = 1 + (0.08 * (month == 12 ? 1 : 0)) - (0.06 * Math.Max(0, summer));
                int baskets = Sampling.Poisson(random, residents * 1.9 * seasonal);
                double basketValue = 38 * (1 - (0.06 * area.Deprivation)) * PriceIndex(year) * (1 + (0.04 * Sampling.Normal(random)));
                double spending = Math.Round(baskets * basketValue);
                double noise = 0.15 + (25 / Math.Sqrt(Math.Max(baskets, 1)));
                double vegetables = 13.5 - (0.8 * area.Deprivation) + (0.3 * area.Effect) + (1.3 * summer) - (0.3 * (year - 2021)) + (noise * Sampling.Normal(random));
                double sugary = (2.6 + (0.45 * area.Deprivation) + (0.6 * summer) + (0.1 * area.Effect) + (noise * 0.4 * Sampling.Normal(random)))
                    * Math.Exp(setting.WorseningShift(SugaryDrinks, area.Code, index, months));
                double sweets = 4.6 + (0.25 * area.Deprivation) + (month == 12 ? 1.4 : 0) + (month == 4 ? 0.6 : 0) - (0.2 * summer) + (noise * 0.5 * Sampling.Normal(random));
                double alcohol = 5.2 + (0.3 * area.Deprivation) + (0.9 * summer) + (month == 6 ? 1.2 : 0) + (month == 12 ? 0.8 : 0) + (0.2 * area.Effect) + (noise * 0.5 * Sampling.Normal(random));
                // An area-month with a few baskets is hidden (its spending too); one with none (00230, where nobody
                // lives) is delivered as zeros, which reveal nothing about anyone and let its sub-district be summed.
                bool hidden = baskets is > 0 and < MinimumBaskets;
                yield return new DeliveryRow(
                    area.Code,
                    area.Name,
                    period,
                    Breakdown.Total,
                    [
                        baskets, hidden ? null : spending, Euros(spending, vegetables), Euros(spending, sugary), Euros(spending, sweets), Euros(spending, alcohol),
                        Share(hidden, spending, vegetables), Share(hidden, spending, sugary), Share(hidden, spending, sweets), Share(hidden, spending, alcohol),
                    ],
                    Suppressed: hidden);
            }
        }
    }

    /// <summary>The printed share of a category, one decimal (at least 0.1 %); none when the row is hidden or has no spending.</summary>
    private static double? Share(bool hidden, double spending, double percent) =>
        hidden || spending == 0 ? null : Math.Round(Math.Max(0.1, percent), 1);

    /// <summary>The whole euros spent on a category that takes <paramref name="percent"/> (at least 0.1 %) of <paramref name="spending"/>.</summary>
    private static double Euros(double spending, double percent) => Math.Round(spending * Math.Max(0.1, percent) / 100);
}
