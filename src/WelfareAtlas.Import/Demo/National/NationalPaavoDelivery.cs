using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo.National;

/// <summary>
/// Synthetic Paavo-like indicators by postal area and year for the national scale: the nine <c>paavo-*</c> indicators
/// of the catalogue, in the columns of the real Paavo-derived city delivery, with counts drawn from each synthetic
/// postal area's population and deprivation. Not real data: no synthetic area has Paavo figures. Model in
/// docs/demo-data.md ("National scale").
/// </summary>
internal static class NationalPaavoDelivery
{
    public static DeliveryFile Create(DemoSetting setting)
    {
        DeliveryLayout layout = new()
        {
            FileName = $"paavo_tyyppiset_postinumeroittain_{setting.FirstRegisterYear}-{setting.LastYear}.csv",
            Description = "SYNTHETIC. Paavo-like indicators by synthetic postal area and year (imitates the indicators derived from Statistics Finland's Paavo; no figure is real).",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8Bom,
            Columns =
            [
                new("Postinumeroalue", ColumnRole.AreaCode),
                new("Nimi", ColumnRole.AreaName),
                new("Vuosi", ColumnRole.Period),
                DeliveryColumn.Of("Työttömät", ColumnRole.Numerator, 0, "paavo-unemployment-rate"),
                DeliveryColumn.Of("Työvoima", ColumnRole.Denominator, 0, "paavo-unemployment-rate"),
                DeliveryColumn.Of("Korkea-asteen tutkinnon suorittaneet", ColumnRole.Numerator, 0, "paavo-tertiary-education"),
                DeliveryColumn.Of("Vain perusasteen koulutus", ColumnRole.Numerator, 0, "paavo-basic-education-only"),
                DeliveryColumn.Of("18 vuotta täyttäneet (koulutus)", ColumnRole.Denominator, 0, "paavo-tertiary-education", "paavo-basic-education-only"),
                DeliveryColumn.Of("Alimpaan tuloluokkaan kuuluvat", ColumnRole.Numerator, 0, "paavo-low-income"),
                DeliveryColumn.Of("18 vuotta täyttäneet (tulot)", ColumnRole.Denominator, 0, "paavo-low-income"),
                DeliveryColumn.Of("Mediaanitulot (€)", ColumnRole.Value, 0, "paavo-median-income"),
                DeliveryColumn.Of("Eläkeläiset", ColumnRole.Numerator, 0, "paavo-pensioners"),
                DeliveryColumn.Of("Asukkaat", ColumnRole.Denominator, 0, "paavo-pensioners"),
                DeliveryColumn.Of("Yhden vanhemman lapsiperheet", ColumnRole.Numerator, 0, "paavo-single-parent-households"),
                DeliveryColumn.Of("Lapsiperheet", ColumnRole.Denominator, 0, "paavo-single-parent-households"),
                DeliveryColumn.Of("Vuokra-asunnoissa asuvat kotitaloudet", ColumnRole.Numerator, 0, "paavo-rented-dwellings"),
                DeliveryColumn.Of("Yhden hengen kotitaloudet", ColumnRole.Numerator, 0, "paavo-one-person-households"),
                DeliveryColumn.Of("Kotitaloudet", ColumnRole.Denominator, 0, "paavo-rented-dwellings", "paavo-one-person-households"),
            ],
            AreaKind = setting.PostalKind,
            PeriodForm = PeriodForm.Year,
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("paavo-like"));
        for (int year = setting.FirstRegisterYear; year <= setting.LastYear; year++)
        {
            Period period = Period.OfYear(year);
            foreach (DemoArea area in setting.PostalAreas)
            {
                int residents = setting.Population.Count(area.Code, year, Sex.Total);
                if (residents == 0)
                {
                    continue;
                }

                int adults = setting.Population.CountAges(area.Code, year, Sex.Total, 18, 85);
                int workingAge = setting.Population.CountAges(area.Code, year, Sex.Total, 18, 64);
                int children = setting.Population.CountAges(area.Code, year, Sex.Total, 0, 17);
                int older = setting.Population.CountAges(area.Code, year, Sex.Total, 65, 85);
                double z = area.Deprivation;

                // Unemployment follows the template's real rate, moved by the area's own deprivation and the business cycle.
                double cycle = year switch { 2020 or 2021 => 0.25, >= 2024 => 0.2, _ => 0 };
                int labourForce = Sampling.Binomial(random, workingAge, Sampling.Logistic(Sampling.Logit(0.76) - (0.3 * z)));
                int unemployed = Sampling.Binomial(random, labourForce, Sampling.Logistic(Sampling.Logit(Math.Clamp(area.UnemploymentRate, 0.02, 0.4)) + (0.2 * z) + cycle + (0.1 * area.Effect)));
                int tertiary = Sampling.Binomial(random, adults, Sampling.Logistic(Sampling.Logit(0.38) - (0.55 * z) + (0.015 * (year - 2016))));
                int basicOnly = Sampling.Binomial(random, adults, Sampling.Logistic(Sampling.Logit(0.16) + (0.45 * z) - (0.02 * (year - 2016))));
                int lowIncome = Sampling.Binomial(random, adults, Sampling.Logistic(Sampling.Logit(0.13) + (0.5 * z) + (0.1 * area.Effect)));
                double median = Math.Round(27500 * Math.Exp((-0.12 * z) + (0.018 * (year - 2016)) + (0.03 * Sampling.Normal(random))));
                int pensioners = Math.Min(residents, older + Sampling.Binomial(random, Math.Max(0, workingAge), 0.04 + (0.01 * Math.Max(0, z))));
                int households = Math.Max(1, (int)Math.Round(residents / (1.95 - (0.1 * z))));
                int withChildren = Math.Min(households, (int)Math.Round(children / 1.75));
                int oneParent = Sampling.Binomial(random, withChildren, Sampling.Logistic(Sampling.Logit(0.21) + (0.4 * z)));
                int rented = Sampling.Binomial(random, households, Sampling.Logistic(Sampling.Logit(0.42) + (0.6 * z)));
                int onePerson = Sampling.Binomial(random, households, Sampling.Logistic(Sampling.Logit(0.44) + (0.25 * z)));
                yield return new DeliveryRow(
                    area.Code,
                    area.Name,
                    period,
                    Breakdown.Total,
                    [unemployed, labourForce, tertiary, basicOnly, adults, lowIncome, adults, median, pensioners, residents, oneParent, withChildren, rented, onePerson, households]);
            }
        }
    }
}
