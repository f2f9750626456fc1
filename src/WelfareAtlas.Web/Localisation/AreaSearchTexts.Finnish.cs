namespace WelfareAtlas.Web.Localisation;

internal sealed partial record AreaSearchTexts
{
    public static AreaSearchTexts Finnish { get; } = new()
    {
        Label = "Etsi aluetta nimellä tai postinumerolla",
        Button = "Hae",
        Title = "Etsi alue",
        ResultsTitle = "Alueet hakusanalla ”{0}”",
        Empty = "Kirjoita alueen nimi (suomeksi, ruotsiksi tai englanniksi) tai sen koodi, esimerkiksi postinumero.",
        NoMatch = "Minkään alueen nimessä tai koodissa ei ole ”{0}”.",
        Count = "{0} aluetta",
        CountOne = "1 alue",
        CountCapped = "Ensimmäiset {0} / {1} alueesta; pidempi hakusana rajaa niitä.",
        LevelColumn = "Aluetaso",
    };
}
