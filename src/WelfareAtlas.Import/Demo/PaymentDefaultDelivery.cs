using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>Residents with a payment default record by postal area, quarter, sex and age band, as a credit bureau's Excel delivery.</summary>
internal static class PaymentDefaultDelivery
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("payment-defaults");

    /// <summary>The bureau's age bands with their band indexes in the population table and their odds relative to the whole adult population.</summary>
    private static readonly (AgeBand Band, string Code, int FirstBand, int LastBand, double Odds)[] Ages =
    [
        (new(18, 24), "18-24", 5, 6, 0.7),
        (new(25, 34), "25-34", 7, 8, 1.3),
        (new(35, 44), "35-44", 9, 10, 1.45),
        (new(45, 54), "45-54", 11, 12, 1.25),
        (new(55, 64), "55-64", 13, 14, 0.95),
        (new(65, null), "65+", 15, 19, 0.45),
    ];

    public static DeliveryFile Create(DemoSetting setting)
    {
        bool city = setting.Scale == DemoScale.City;
        DeliveryLayout layout = new()
        {
            FileName = $"maksuhairiot_postinumeroittain_{setting.FirstQuarterYear}Q1-{setting.LastYear}Q4.{(city ? "xlsx" : "csv")}",
            Description = "SYNTHETIC. Residents with a payment default record by postal area, quarter, sex and age band (imitates a credit bureau's delivery to PUHTI).",
            Format = city ? DeliveryFormat.Xlsx : DeliveryFormat.Csv,
            SheetName = "Maksuhäiriöt",
            Columns =
            [
                new("Postinumeroalue", ColumnRole.AreaCode),
                new("Vuosineljännes", ColumnRole.Period),
                new("Sukupuoli", ColumnRole.Sex),
                new("Ikäryhmä", ColumnRole.Age),
                DeliveryColumn.Of("Henkilöitä, joilla maksuhäiriömerkintä", ColumnRole.Numerator, 0, "payment-defaults"),
                DeliveryColumn.Of("Väestö", ColumnRole.Denominator, 0, "payment-defaults"),
            ],
            AreaKind = setting.PostalKind,
            PeriodForm = PeriodForm.Quarter,
            SexCodes = new Dictionary<Sex, string> { [Sex.Male] = "Mies", [Sex.Female] = "Nainen" },
            AgeCodes = Ages.ToDictionary(age => age.Band, age => age.Code),
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("payment-defaults"));
        int quarters = 4 * (setting.LastYear - setting.FirstQuarterYear + 1);
        double baseLogit = Sampling.Logit(0.07);
        for (int index = 0; index < quarters; index++)
        {
            int year = setting.FirstQuarterYear + (index / 4);
            Period period = Period.OfQuarter(year, (index % 4) + 1);
            // Defaults eased until the end of 2021 and grew with inflation and interest rates from 2022.
            int fromTurn = ((year - 2022) * 4) + (index % 4);
            double trend = fromTurn < 0 ? -0.01 * fromTurn : 0.015 * fromTurn;
            foreach (DemoArea area in setting.PostalAreas)
            {
                double shift = setting.WorseningShift(Indicator, area.Code, index, quarters, perYear: 4);
                foreach (Sex sex in (Sex[])[Sex.Male, Sex.Female])
                {
                    double sexOdds = sex == Sex.Male ? 1.25 : 0.8;
                    foreach ((AgeBand band, _, int first, int last, double odds) in Ages)
                    {
                        int population = setting.Population.Count(area.Code, year, sex, first, last);
                        double logit = baseLogit + Math.Log(odds * sexOdds) + (0.55 * area.Deprivation) + (0.25 * area.Effect) + trend + shift;
                        int count = Sampling.Binomial(random, population, Sampling.Logistic(logit));
                        yield return new DeliveryRow(area.Code, area.Name, period, new Breakdown(sex, band), [count, population]);
                    }
                }
            }
        }
    }
}
