using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>Sports-club licence holders by postal area, year, sex and age band (7–17, 18–29), as the sports umbrella organisation's CSV.</summary>
internal static class SportsLicenceDelivery
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("sports-licences");

    private static readonly (AgeBand Band, int FirstBand, int LastBand, double Female, double Male)[] Ages =
    [
        (new(7, 17), 2, 4, 0.24, 0.34),
        (new(18, 29), 5, 7, 0.045, 0.09),
    ];

    public static DeliveryFile Create(DemoSetting setting)
    {
        DeliveryLayout layout = new()
        {
            FileName = $"urheilulisenssit_postinumeroittain_{setting.FirstSportsYear}-{setting.LastYear}.csv",
            Description = "SYNTHETIC. Sports-club licence holders by postal area, year, sex (1 = male, 2 = female) and age band (imitates the sports umbrella organisation's delivery to PUHTI).",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8Bom,
            Columns =
            [
                new("Vuosi", ColumnRole.Period),
                new("Postinumero", ColumnRole.AreaCode),
                new("Postinumeroalueen nimi", ColumnRole.AreaName),
                new("Sukupuoli", ColumnRole.Sex),
                new("Ikäryhmä", ColumnRole.Age),
                DeliveryColumn.Of("Lisenssin haltijoita", ColumnRole.Numerator, 0, "sports-licences"),
                DeliveryColumn.Of("Väestö ikäryhmässä", ColumnRole.Denominator, 0, "sports-licences"),
            ],
            AreaKind = setting.PostalKind,
            PeriodForm = PeriodForm.Year,
            SexCodes = new Dictionary<Sex, string> { [Sex.Male] = "1", [Sex.Female] = "2" },
            AgeCodes = new Dictionary<AgeBand, string> { [new(7, 17)] = "7-17", [new(18, 29)] = "18-29" },
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    /// <summary>The pandemic stopped club sport in 2020 and part of 2021.</summary>
    private static double YearShift(int year) => year switch
    {
        2020 => -0.3,
        2021 => -0.15,
        _ => 0.01 * (year - 2019),
    };

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("sports-licences"));
        int years = setting.LastYear - setting.FirstSportsYear + 1;
        for (int index = 0; index < years; index++)
        {
            int year = setting.FirstSportsYear + index;
            Period period = Period.OfYear(year);
            foreach (DemoArea area in setting.PostalAreas)
            {
                double shift = setting.WorseningShift(Indicator, area.Code, index, years);
                foreach (Sex sex in (Sex[])[Sex.Male, Sex.Female])
                {
                    foreach ((AgeBand band, int first, int last, double female, double male) in Ages)
                    {
                        int population = setting.Population.Count(area.Code, year, sex, first, last);
                        double logit = Sampling.Logit(sex == Sex.Female ? female : male) - (0.35 * area.Deprivation) + (0.15 * area.Effect) + YearShift(year) + shift;
                        int count = Sampling.Binomial(random, population, Sampling.Logistic(logit));
                        yield return new DeliveryRow(area.Code, area.Name, period, new Breakdown(sex, band), [count, population]);
                    }
                }
            }
        }
    }
}
