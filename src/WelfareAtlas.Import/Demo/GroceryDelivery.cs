using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// Grocery purchases by postal area and month, as a retailer's loyalty-card delivery: baskets, food spending and
/// the shares of vegetables and fruit, sugary drinks, sweets and alcohol. Model in docs/demo-data.md.
/// </summary>
internal static class GroceryDelivery
{
    /// <summary>Fewer baskets than this in an area-month and the retailer hides the shares.</summary>
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
                new("Ruokaostot yhteensä (€)", ColumnRole.Extra),
                DeliveryColumn.Of("Kasvikset ja hedelmät (%)", ColumnRole.Value, 1, "grocery-vegetables-fruit"),
                DeliveryColumn.Of("Sokeroidut juomat (%)", ColumnRole.Value, 1, "grocery-sugary-drinks"),
                DeliveryColumn.Of("Makeiset (%)", ColumnRole.Value, 1, "grocery-sweets"),
                DeliveryColumn.Of("Alkoholijuomat (%)", ColumnRole.Value, 1, "grocery-alcohol"),
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
                yield return new DeliveryRow(
                    area.Code,
                    area.Name,
                    period,
                    Breakdown.Total,
                    [baskets, baskets < MinimumBaskets ? null : spending, Share(vegetables), Share(sugary), Share(sweets), Share(alcohol)],
                    Suppressed: baskets < MinimumBaskets);
            }
        }
    }

    private static double Share(double percent) => Math.Round(Math.Max(0.1, percent), 1);
}
