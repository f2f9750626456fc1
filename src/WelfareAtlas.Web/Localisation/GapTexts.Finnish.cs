namespace WelfareAtlas.Web.Localisation;

internal sealed partial record GapTexts
{
    public static GapTexts Finnish { get; } = new()
    {
        Title = "Ero alueiden välillä ({0})",
        Fifths = "{0}: korkeimpien arvojen viidenneksen ({1} aluetta) arvo oli {2} ja matalimpien arvojen viidenneksen ({3} aluetta) {4}.",
        GapWithInterval = "Ero on {0} (95 %:n luottamusväli {1}–{2}).",
        GapWithoutInterval = "Ero on {0}.",
        Ratio = "Korkeimman viidenneksen arvo on {0}-kertainen matalimpaan verrattuna.",
        NoGap = "Eroa ei voi laskea ajanjaksolle {0}: {1}",
        TooFewAreas = "vain {0} alueella on näytettävä arvo, ja ero tarvitsee vähintään viisi.",
        Tied = "alueiden arvot ovat samat.",
        Narrowing = "Viiden ajanjakson aikana ajanjaksoon {0} asti ero on kaventunut merkitsevästi.",
        Widening = "Viiden ajanjakson aikana ajanjaksoon {0} asti ero on kasvanut merkitsevästi.",
        NoChange = "Viiden ajanjakson aikana ajanjaksoon {0} asti ero ei ole muuttunut merkitsevästi.",
        CannotTell = "Eron muutosta ei voi arvioida: {0}",
        TooFewPeriods = "ajanjaksoja on alle viisi.",
        PeriodWithoutGap = "ajanjaksolle {0} ei ole eroa.",
        TooFewSameAreas = "vain {0} alueella on arvo kaikilla viidellä ajanjaksolla.",
        SameAreas = "Kehitystä verrataan joka ajanjaksolla samoilla {0} alueella: niillä, joilla on arvo kaikilla viidellä.",
        MissingInterval = "osalla arvoista ei ole luottamusväliä.",
        NotTestable = "testiä ei voitu tehdä.",
        ChartDescription = "Korkeimman ja matalimman viidenneksen ero kullakin ajanjaksolla ja sen 95 %:n luottamusväli vyönä; ajanjakso, jolta eroa ei ole, katkaisee viivan.",
        TableCaption = "Ero korkeimman ja matalimman viidenneksen välillä ajanjaksoittain",
        Highest = "Korkein viidennes",
        Lowest = "Matalin viidennes",
        Gap = "Ero",
        RatioHeading = "Suhde",
        Areas = "Alueita, joilla arvo",
        Method = "Alueet on järjestetty omien arvojensa mukaan; viidenneksen arvo on sen alueiden arvojen väestöllä painotettu keskiarvo. Sattuma tekee havaittujen arvojen mukaan järjestettyjen alueiden erosta hieman suuremman kuin niiden todellisten arvojen erosta, sitä enemmän mitä pienempiä alueet ovat; luottamusväli ei ota tätä huomioon. Tietosuojan vuoksi salatut arvot eivät ole mukana, joten mukana olevat alueet voivat vaihdella ajanjaksosta toiseen.",
    };
}
