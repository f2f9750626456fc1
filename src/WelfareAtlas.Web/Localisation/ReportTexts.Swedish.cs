namespace WelfareAtlas.Web.Localisation;

internal sealed partial record ReportTexts
{
    public static ReportTexts Swedish { get; } = new()
    {
        ReportKind = "Välfärdsrapport",
        CityReportTitle = "Helsingfors grunddistrikt: {0}",
        Contents = "Innehåll",
        KeyFigures = "Nyckeltal",
        PrintedOn = "Sammanställd {0}",
        MapCaption = "{0} på kartan",
        TrendTitle = "Utveckling",
        ForecastTitle = "Prognos",
        ForecastValue = "Prognos",
        Prediction80 = "80 % prognosintervall",
        Prediction95 = "95 % prognosintervall",
        ForecastNote = "Prognoserna är beräknade med exponentiell utjämning; prognosintervallen visar hur osäker prognosen är, och deras träffsäkerhet är mätt mot tidigare data.",
        ForecastAccuracy = "Uppmätt träffsäkerhet (efterhandstester med rullande startpunkt, {0} serier, {1} prognoser): MASE {2} för metoden, {3} för den naiva prognosen (senaste värdet oförändrat){4}. Av de verkliga värdena låg {5} inom 80 %-intervallen och {6} inom 95 %-intervallen.",
        SeasonalNaiveAccuracy = ", {0} för den säsongsnaiva prognosen (samma period ett år tidigare)",
        BeatsNaive = "I efterhandstesterna var metoden bättre än de naiva prognoserna.",
        DoesNotBeatNaive = "Den här prognosen är inte bättre än den naiva prognosen: i efterhandstesterna var {0} minst lika träffsäkert (MASE {1} mot metodens {2}). Läs den som den naiva prognosen med dess osäkerhet.",
        NaiveLastValue = "att behålla senaste värdet oförändrat",
        NaiveSeasonal = "att upprepa värdet för samma period ett år tidigare",
        NoAccuracy = "Träffsäkerheten är inte mätt: indikatorns serier är för korta för efterhandstester.",
        PopulationTitle = "Befolkningsstruktur",
        MethodsTitle = "Metoder",
        MethodsText =
        [
            "Konfidensintervallen för andelar är beräknade med Wilsons metod, för antal och kvoter med exakt Poisson-metod (under 10 fall) eller Byars metod, för standardiserade tal med Dobsons metod.",
            "Ett område är signifikant bättre eller sämre än jämförelseområdet när jämförelsevärdet ligger utanför områdets 95 % konfidensintervall. Den senaste utvecklingen är testad med ett chi-två-test över de fem senaste tidpunkterna; för månads-, kvartals- och veckotal över samma månad, kvartal eller vecka de fem senaste åren, så att årstidsvariation inte läses som en utveckling.",
            "Små antal är skyddade av integritetsskäl, och skyddet är kompletterat så att inget skyddat tal kan räknas ut genom subtraktion.",
        ],
        SourcesTitle = "Källor och datatidpunkter",
        Source = "Källa",
        File = "Fil",
        Imported = "Importerad",
        Batch = "Parti",
        DisclosureTitle = "Markeringar",
        DisclosureText = "c = skyddad av integritetsskäl, u = osäker (liten befolkningsbas), : = uppgift saknas i källan.",
        Page = "Sida",
        DistrictsSideBySide = "Stadsdelarna sida vid sida",
        DistrictsIntro = "Alla grunddistrikt på alla indikatorer i profilen; markeringen visar skillnaden mot hela staden på 95 % konfidensnivå.",
        DownloadsTitle = "Nedladdningar",
        OpenReport = "Utskrivbar rapport",
        DownloadPdf = "Ladda ner rapporten (PDF)",
        CityReport = "Rapport om alla grunddistrikt (PDF)",
        DownloadXlsx = "Ladda ner som tabell (XLSX)",
        DownloadJsonStat = "JSON-stat",
        DownloadPx = "PX",
        NoData = "Inga uppgifter",
    };
}
