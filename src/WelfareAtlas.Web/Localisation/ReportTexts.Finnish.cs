namespace WelfareAtlas.Web.Localisation;

internal sealed partial record ReportTexts
{
    public static ReportTexts Finnish { get; } = new()
    {
        ReportKind = "Hyvinvointiraportti",
        CityReportTitle = "Helsingin peruspiirit: {0}",
        Contents = "Sisällys",
        KeyFigures = "Keskeiset luvut",
        PrintedOn = "Laadittu {0}",
        MapCaption = "{0} kartalla",
        TrendTitle = "Kehitys",
        ForecastTitle = "Ennuste",
        ForecastValue = "Ennuste",
        Prediction80 = "80 %:n ennusteväli",
        Prediction95 = "95 %:n ennusteväli",
        ForecastNote = "Ennusteet on laskettu eksponentiaalisella tasoituksella; ennustevälit kertovat, kuinka epävarma ennuste on, ja niiden osuvuus on mitattu aiemmilla aineistoilla.",
        ForecastAccuracy = "Mitattu tarkkuus (liukuvan aloituskohdan jälkitestit, {0} sarjaa, {1} ennustetta): menetelmän MASE {2}, naiivin ennusteen (viimeisin arvo sellaisenaan) {3}{4}. Toteutuneista arvoista {5} osui 80 %:n ja {6} 95 %:n ennusteväleihin.",
        SeasonalNaiveAccuracy = ", kausinaiivin ennusteen (saman jakson arvo vuotta aiemmin) {0}",
        BeatsNaive = "Jälkitesteissä menetelmä oli naiiveja ennusteita tarkempi.",
        DoesNotBeatNaive = "Tämä ennuste ei ole naiivia ennustetta parempi: jälkitesteissä {0} oli vähintään yhtä tarkka (MASE {1}, menetelmän {2}). Lue ennuste tuona naiivina ennusteena epävarmuuksineen.",
        NaiveLastValue = "viimeisimmän arvon toistaminen",
        NaiveSeasonal = "vuotta aiemmin saman jakson arvon toistaminen",
        NoAccuracy = "Tarkkuutta ei ole mitattu: indikaattorin sarjat ovat liian lyhyitä jälkitestattaviksi.",
        PopulationTitle = "Väestörakenne",
        MethodsTitle = "Menetelmät",
        MethodsText =
        [
            "Osuuksien luottamusvälit on laskettu Wilsonin menetelmällä, lukumäärien ja suhdelukujen välit tarkalla Poisson-menetelmällä (alle 10 tapausta) tai Byarsin menetelmällä, vakioitujen lukujen välit Dobsonin menetelmällä.",
            "Alue on merkitsevästi parempi tai huonompi kuin vertailualue, kun vertailuarvo on alueen 95 %:n luottamusvälin ulkopuolella. Lähivuosien kehitys on testattu khiin neliö -testillä viiden viimeisen ajankohdan yli; kuukausi-, neljännesvuosi- ja viikkoluvuissa saman kuukauden, neljänneksen tai viikon yli viiden viime vuoden ajalta, jotta vuodenaikojen vaihtelua ei lueta kehitykseksi.",
            "Pienet lukumäärät on salattu tietosuojan vuoksi, ja salaus on täydennetty niin, ettei salattua lukua voi päätellä vähentämällä.",
        ],
        SourcesTitle = "Lähteet ja aineistojen ajankohdat",
        Source = "Lähde",
        File = "Tiedosto",
        Imported = "Tuotu",
        Batch = "Erä",
        DisclosureTitle = "Merkinnät",
        DisclosureText = "c = salattu tietosuojan vuoksi, u = epävarma (pieni väestöpohja), : = ei tietoa lähteessä.",
        Page = "Sivu",
        DistrictsSideBySide = "Peruspiirit rinnakkain",
        DistrictsIntro = "Kaikki peruspiirit kaikilla profiilin indikaattoreilla; merkintä kertoo eron koko kaupunkiin 95 %:n luottamustasolla.",
        DownloadsTitle = "Lataukset",
        OpenReport = "Tulostettava raportti",
        DownloadPdf = "Lataa raportti (PDF)",
        CityReport = "Kaikkien peruspiirien raportti (PDF)",
        DownloadXlsx = "Lataa taulukkona (XLSX)",
        DownloadJsonStat = "JSON-stat",
        DownloadPx = "PX",
        NoData = "Ei tietoja",
    };
}
