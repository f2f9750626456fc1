using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>A city register delivery by sub-district and year: numerator, denominator and the sub-district's name.</summary>
internal static class RegisterDelivery
{
    public static DeliveryFile Create(DemoSetting setting, RegisterSpec spec)
    {
        bool city = setting.Scale == DemoScale.City;
        DeliveryFormat format = city ? spec.Format : DeliveryFormat.Csv;
        string extension = format == DeliveryFormat.Xlsx ? "xlsx" : "csv";
        string indicator = spec.Indicator.Value;
        DeliveryLayout layout = new()
        {
            FileName = $"{(city ? spec.FilePrefix : spec.FilePrefix.Replace("_osa-alueittain", "_alueittain", StringComparison.Ordinal))}_{setting.FirstRegisterYear}-{setting.LastYear}.{extension}",
            Description = $"SYNTHETIC. {indicator} by {(city ? "sub-district" : "synthetic area")} and year (imitates the city's own register extract).",
            Format = format,
            Encoding = city ? spec.Encoding : DeliveryEncoding.Utf8,
            SheetName = "Osa-alueet",
            Columns =
            [
                new("Vuosi", ColumnRole.Period),
                new(city ? "Osa-alueen tunnus" : "Alue", ColumnRole.AreaCode),
                new(city ? "Osa-alue" : "Alueen nimi", ColumnRole.AreaName),
                DeliveryColumn.Of(spec.NumeratorHeader, ColumnRole.Numerator, 0, indicator),
                DeliveryColumn.Of(spec.DenominatorHeader, ColumnRole.Denominator, 0, indicator),
            ],
            AreaKind = setting.RegisterKind,
            PeriodForm = PeriodForm.Year,
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting, spec));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting, RegisterSpec spec)
    {
        Random random = new(setting.SeedFor(spec.Indicator.Value));
        double[] effects = [.. setting.RegisterAreas.Select(_ => Sampling.Normal(random))];
        int years = setting.LastYear - setting.FirstRegisterYear + 1;
        double baseLogit = Sampling.Logit(spec.BaseRate);
        for (int index = 0; index < years; index++)
        {
            int year = setting.FirstRegisterYear + index;
            Period period = Period.OfYear(year);
            for (int a = 0; a < setting.RegisterAreas.Count; a++)
            {
                DemoArea area = setting.RegisterAreas[a];
                int denominator = spec.Denominator(setting, area.Code, year);
                if (denominator == 0)
                {
                    // A register has no row for an area where nobody in the group lives.
                    continue;
                }

                double logit = baseLogit + (spec.Deprivation * area.Deprivation) + (spec.AreaSpread * ((0.5 * area.Effect) + (0.5 * effects[a])))
                    + spec.YearShift(year) + setting.WorseningShift(spec.Indicator, area.Code, index, years);
                int numerator = Sampling.Binomial(random, denominator, Sampling.Logistic(logit));
                yield return new DeliveryRow(area.Code, area.Name, period, Breakdown.Total, [numerator, denominator]);
            }
        }
    }
}
