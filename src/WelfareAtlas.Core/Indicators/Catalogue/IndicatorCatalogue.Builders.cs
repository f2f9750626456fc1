using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Builders shared by the theme files: the synthetic demo indicators and the Sotkanet municipality indicators.</content>
public static partial class IndicatorCatalogue
{
    private static Indicator Demo(
        string id,
        LocalisedText name,
        LocalisedText definition,
        LocalisedText rationale,
        LocalisedText imitates,
        LocalisedText unit,
        Measure measure,
        double multiplier,
        Frequency frequency,
        AreaType deliveredBy,
        DisclosureRule disclosure,
        LocalisedText caveats,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<TargetGroup> targetGroups,
        IReadOnlyList<string> agenda2030) => new()
        {
            Id = Id(id),
            Name = name,
            Definition = definition,
            Rationale = rationale,
            Source = SyntheticSource(imitates),
            Unit = unit,
            Measure = measure,
            Multiplier = multiplier,
            Frequency = frequency,
            DeliveredBy = deliveredBy,
            Disclosure = disclosure,
            Caveats = SyntheticCaveats(caveats),
            Themes = themes,
            TargetGroups = targetGroups,
            Agenda2030Targets = agenda2030,
            Licence = SyntheticLicence,
            LicenceText = SyntheticLicenceText,
            Synthetic = true,
        };

    private static Indicator Sotkanet(
        string id,
        int sotkanetId,
        LocalisedText name,
        LocalisedText definition,
        LocalisedText rationale,
        LocalisedText unit,
        double multiplier,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<TargetGroup> targetGroups,
        IReadOnlyList<string> agenda2030) => new()
        {
            Id = Id(id),
            Name = name,
            Definition = definition,
            Rationale = rationale,
            Source = T(
                $"{SotkanetSource.Fi} Sotkanet-indikaattori {sotkanetId}.",
                $"{SotkanetSource.Sv} Sotkanet-indikator {sotkanetId}.",
                $"{SotkanetSource.En} Sotkanet indicator {sotkanetId}."),
            Unit = unit,
            Measure = Measure.Value,
            Multiplier = multiplier,
            Frequency = Frequency.Yearly,
            DeliveredBy = AreaType.City,
            Disclosure = DisclosureRule.PublishedBySource with { UnreliableBelowDenominator = 0 },
            Caveats = T(
                "Todellinen aineisto kuntatasolla muiden kuntien vertailuun; Sotkanetissa ei ole Helsingin piirien tietoja. Arvo on THL:n laskema; luottamusväli ei ole saatavilla, joten merkitsevyyttä ei testata. Poiminta on vuodelta 2013 (arvot 1990–2011) vuoden 2013 kuntajaolla; kartta näyttää vuoden 2023 rajat, ja vuosina 2013–2021 muihin kuntiin liitetyt 11 kuntaa puuttuvat. Koko maan vertailuarvoa ei ole.",
                "Verkliga data på kommunnivå för jämförelse med andra kommuner; Sotkanet har inga uppgifter om Helsingfors distrikt. Värdet är beräknat av THL; konfidensintervall saknas, så ingen signifikans prövas. Uttaget är från 2013 (värden 1990–2011) med 2013 års kommunindelning; kartan visar 2023 års gränser, och de 11 kommuner som 2013–2021 gick samman med andra saknas. Något riksvärde finns inte.",
                "Real municipality-level data for comparison with other municipalities; Sotkanet has nothing for Helsinki's districts. The value is THL's own; no interval is given, so no significance is tested. The extract is from 2013 (values 1990–2011) on the 2013 municipal division; the map shows the 2023 boundaries, and the 11 municipalities merged into others in 2013–2021 are missing. There is no national benchmark."),
            Themes = themes,
            TargetGroups = targetGroups,
            Agenda2030Targets = agenda2030,
            Licence = "CC BY 4.0 (THL Sotkanet; verify current terms before publishing)",
            LicenceText = T(
                "CC BY 4.0 (THL Sotkanet; tarkista voimassa olevat ehdot ennen julkaisua)",
                "CC BY 4.0 (THL Sotkanet; kontrollera gällande villkor före publicering)",
                "CC BY 4.0 (THL Sotkanet; verify current terms before publishing)"),
            Synthetic = false,
        };
}
