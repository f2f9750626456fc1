using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// Grocery purchases by postal area and month, as a retailer's loyalty-card delivery: baskets, food spending, and how
/// many baskets held vegetables and fruit, sugary drinks, sweets or alcohol. Each category's baskets are the numerator
/// and all baskets the denominator of its share, so the import sums both up the area hierarchy and the shares of
/// sub-districts, districts and the city are recomputed from the sums; the basket is the unit counted, so the Wilson
/// interval counts baskets (not euros, which come in baskets and would make it far too narrow). Model in
/// docs/demo-data.md.
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
                DeliveryColumn.Of("Ostoskoreja", ColumnRole.Denominator, 0, "grocery-vegetables-fruit", "grocery-sugary-drinks", "grocery-sweets", "grocery-alcohol"),
                new("Ruokaostot yhteensä (€)", ColumnRole.Extra),
                DeliveryColumn.Of("Ostoskoreja, joissa kasviksia tai hedelmiä", ColumnRole.Numerator, 0, "grocery-vegetables-fruit"),
                DeliveryColumn.Of("Ostoskoreja, joissa sokeroituja juomia", ColumnRole.Numerator, 0, "grocery-sugary-drinks"),
                DeliveryColumn.Of("Ostoskoreja, joissa makeisia", ColumnRole.Numerator, 0, "grocery-sweets"),
                DeliveryColumn.Of("Ostoskoreja, joissa alkoholijuomia", ColumnRole.Numerator, 0, "grocery-alcohol"),

                // The shares as the retailer prints them, for a reader of the file; the product recomputes them from the counts.
                new("Kasvikset ja hedelmät (% koreista)", ColumnRole.Extra, 1),
                new("Sokeroidut juomat (% koreista)", ColumnRole.Extra, 1),
                new("Makeiset (% koreista)", ColumnRole.Extra, 1),
                new("Alkoholijuomat (% koreista)", ColumnRole.Extra, 1),
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

                // The probability that a basket holds the category: a logistic model with the area's deprivation and
                // effect, the season, and an area-month variation beyond the binomial draw (0.05 on the log-odds).
                double Odds(double share, double effects) => Sampling.Logistic(Sampling.Logit(share) + effects + (0.05 * Sampling.Normal(random)));
                double vegetables = Odds(0.62, (-0.12 * area.Deprivation) + (0.05 * area.Effect) + (0.15 * summer) - (0.02 * (year - 2021)));
                double sugary = Odds(0.18, (0.15 * area.Deprivation) + (0.03 * area.Effect) + (0.2 * summer) + setting.WorseningShift(SugaryDrinks, area.Code, index, months, perYear: 12));
                double sweets = Odds(0.28, (0.08 * area.Deprivation) + (month == 12 ? 0.35 : 0) + (month == 4 ? 0.12 : 0) - (0.05 * summer));
                double alcohol = Odds(0.16, (0.1 * area.Deprivation) + (0.03 * area.Effect) + (0.2 * summer) + (month == 6 ? 0.3 : 0) + (month == 12 ? 0.2 : 0));

                // An area-month with a few baskets is hidden (its counts and spending too); one with none (00230, where
                // nobody lives) is delivered as zeros, which reveal nothing about anyone and let its sub-district be summed.
                bool hidden = baskets is > 0 and < MinimumBaskets;
                int[] holding = [.. new[] { vegetables, sugary, sweets, alcohol }.Select(p => Sampling.Binomial(random, baskets, p))];
                yield return new DeliveryRow(
                    area.Code,
                    area.Name,
                    period,
                    Breakdown.Total,
                    [
                        hidden ? null : baskets, hidden ? null : spending, holding[0], holding[1], holding[2], holding[3],
                        Share(hidden, baskets, holding[0]), Share(hidden, baskets, holding[1]), Share(hidden, baskets, holding[2]), Share(hidden, baskets, holding[3]),
                    ],
                    Suppressed: hidden);
            }
        }
    }

    /// <summary>The printed share of baskets, one decimal; none when the row is hidden or has no baskets.</summary>
    private static double? Share(bool hidden, int baskets, int holding) =>
        hidden || baskets == 0 ? null : Math.Round(100.0 * holding / baskets, 1);
}
