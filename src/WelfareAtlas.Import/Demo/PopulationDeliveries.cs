using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// The population estimates as delivery files: per area and year the total, each sex, each age band and each
/// sex × age band (63 rows, the cells of <see cref="PopulationTable.ToObservations"/>). The totals are delivered
/// because the product never adds age bands up (a delivery's bands need not cover all ages), so without them no
/// area would have a population total.
/// </summary>
internal static class PopulationDeliveries
{
    public static IEnumerable<DeliveryFile> Create(DemoSetting setting)
    {
        string years = $"{setting.FirstRegisterYear}-{setting.LastYear}";
        if (setting.Scale == DemoScale.City)
        {
            // Sub-districts first: files are imported in this order, and the crosswalk of every postal-area file after
            // it (the postal population's too) weighs by the store's sub-district population (docs/import/pipeline.md).
            // The postal areas' file is not aggregated: its crosswalk sums would replace the sub-districts' exact ones above
            // them, and the registers' denominators (the sub-districts') would disagree with the districts' pyramids.
            yield return File(setting, $"vaestoarvio_osa-alueittain_{years}.csv", "Osa-alueen tunnus", "Osa-alue", setting.RegisterAreas, setting.RegisterKind, synthetic: false);
            yield return File(setting, $"vaestoarvio_postinumeroalueittain_{years}.csv", "Postinumeroalue", "Postinumeroalueen nimi", setting.PostalAreas, setting.PostalKind, synthetic: false, aggregate: false);
        }
        else
        {
            yield return File(setting, $"vaestoarvio_alueittain_{years}.csv", "Alue", "Alueen nimi", setting.PostalAreas, setting.PostalKind, synthetic: true);
        }
    }

    private static DeliveryFile File(DemoSetting setting, string fileName, string codeHeader, string nameHeader, IReadOnlyList<DemoArea> areas, string areaKind, bool synthetic, bool aggregate = true)
    {
        Dictionary<AgeBand, string> ages = PopulationBands.All.ToDictionary(band => band, band => band.To is { } to ? $"{band.From}-{to}" : $"{band.From}-");
        ages[AgeBand.All] = "yhteensä";
        DeliveryLayout layout = new()
        {
            FileName = fileName,
            Description = synthetic
                ? "Synthetic population of the synthetic areas (national benchmark scale)."
                : "Population estimates by area, year, sex and age band: Paavo 2020-2023 apportioned and extended by Welfare Atlas (docs/population.md). Estimates, not counts.",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8Bom,
            Columns =
            [
                new("Vuosi", ColumnRole.Period),
                new(codeHeader, ColumnRole.AreaCode),
                new(nameHeader, ColumnRole.AreaName),
                new("Sukupuoli", ColumnRole.Sex),
                new("Ikäryhmä", ColumnRole.Age),
                DeliveryColumn.Of("Asukkaita (arvio)", ColumnRole.Numerator, 0, "population"),
            ],
            AreaKind = areaKind,
            PeriodForm = PeriodForm.Year,
            SexCodes = new Dictionary<Sex, string> { [Sex.Total] = "yhteensä", [Sex.Female] = "naiset", [Sex.Male] = "miehet" },
            AgeCodes = ages,
            Synthetic = synthetic,
            Aggregate = aggregate,
        };
        return new DeliveryFile(layout, () => Rows(setting, areas));
    }

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting, IReadOnlyList<DemoArea> areas)
    {
        for (int year = setting.FirstRegisterYear; year <= setting.LastYear; year++)
        {
            Period period = Period.OfYear(year);
            foreach (DemoArea area in areas)
            {
                IReadOnlyList<int> cells = setting.Population.Cells(area.Code, year);
                foreach (Sex sex in (Sex[])[Sex.Total, Sex.Female, Sex.Male])
                {
                    yield return new DeliveryRow(area.Code, area.Name, period, new Breakdown(sex, AgeBand.All), [setting.Population.Count(area.Code, year, sex)]);
                }

                foreach (Sex sex in (Sex[])[Sex.Total, Sex.Female, Sex.Male])
                {
                    for (int band = 0; band < PopulationBands.Count; band++)
                    {
                        int count = sex switch
                        {
                            Sex.Female => cells[band],
                            Sex.Male => cells[PopulationBands.Count + band],
                            _ => cells[band] + cells[PopulationBands.Count + band],
                        };
                        yield return new DeliveryRow(area.Code, area.Name, period, new Breakdown(sex, PopulationBands.All[band]), [count]);
                    }
                }
            }
        }
    }
}
