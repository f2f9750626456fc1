using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Import.Sotkanet;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo.National;

/// <summary>
/// Synthetic Sotkanet-like municipality indicators for the national scale: the four <c>sotkanet-*</c> indicators of the
/// catalogue as values by synthetic municipality and year, under the real extract's column names. Not real data.
/// Model in docs/demo-data.md ("National scale").
/// </summary>
internal static class NationalSotkanetDelivery
{
    /// <summary>Each indicator's level for an average municipality, its change per unit of deprivation and per year, and its noise (sd), in the column's unit.</summary>
    private static readonly (double Level, double PerDeprivation, double PerYear, double Noise)[] Models =
    [
        (6.5, 2.2, -0.05, 0.3),   // social assistance, % of residents
        (9.0, 3.0, 0.0, 0.5),     // unemployment, % of the labour force (the cycle is added below)
        (62.0, 9.0, 1.5, 3.0),    // depression medication, per 1,000 aged 18–64
        (6.0, 1.2, 0.25, 0.6),    // psychiatric hospital care, per 1,000 aged 0–17
    ];

    public static DeliveryFile Create(DemoSetting setting)
    {
        DeliveryLayout layout = new()
        {
            FileName = $"sotkanet_tyyppiset_kunnittain_{setting.FirstRegisterYear}-{setting.LastYear}.csv",
            Description = "SYNTHETIC. Sotkanet-like municipality indicators by synthetic municipality and year (imitates THL's Sotkanet extract; no figure is real).",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8,
            Columns =
            [
                new("Vuosi", ColumnRole.Period),
                new("Kunta", ColumnRole.AreaCode),
                new("Kunnan nimi", ColumnRole.AreaName),
                .. SotkanetMunicipalityDelivery.Columns.Select(column => new DeliveryColumn(column.Column, ColumnRole.Value, [column.Indicator], 1)),
            ],
            AreaKind = "synthetic-municipality",
            PeriodForm = PeriodForm.Year,
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("sotkanet-like"));
        for (int year = setting.FirstRegisterYear; year <= setting.LastYear; year++)
        {
            double cycle = year switch { 2020 or 2021 => 2.0, >= 2024 => 1.5, _ => 0 };
            foreach (DemoArea municipality in setting.Municipalities)
            {
                double?[] values = new double?[Models.Length];
                for (int i = 0; i < Models.Length; i++)
                {
                    (double level, double perDeprivation, double perYear, double noise) = Models[i];
                    double value = level + (perDeprivation * municipality.Deprivation) + (perYear * (year - 2016)) + (noise * ((0.5 * municipality.Effect) + Sampling.Normal(random)))
                        + (i == 1 ? cycle : 0);
                    values[i] = Math.Round(Math.Max(0.1, value), 1);
                }

                yield return new DeliveryRow(municipality.Code, municipality.Name, Period.OfYear(year), Breakdown.Total, values);
            }
        }
    }
}
