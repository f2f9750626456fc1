namespace WelfareAtlas.Web.Localisation;

internal sealed partial record CatalogueTexts
{
    public static CatalogueTexts Swedish { get; } = new()
    {
        Intro = "Atlasens alla indikatorer: deras teman, vilka de gäller, på vilka områdesnivåer och för vilka perioder det finns uppgifter och varifrån uppgifterna kommer. Avgränsa listan och öppna en indikator för dess karta, diagram och utveckling.",
        Search = "Namnet eller definitionen innehåller",
        Theme = "Tema",
        AllThemes = "Alla teman",
        TargetGroup = "Målgrupp",
        AllTargetGroups = "Alla målgrupper",
        AreaLevel = "Uppgifter på områdesnivå",
        AllAreaLevels = "Vilken områdesnivå som helst",
        Profile = "Välfärdsprofil",
        AllProfiles = "Alla profiler",
        Clear = "Ta bort avgränsningarna",
        Count = "{0} av {1} indikatorer",
        NoMatch = "Ingen indikator motsvarar dessa avgränsningar.",
        UnknownChoice = "{0}: ”{1}” är inte ett av alternativen, så listan avgränsas inte med det.",
        Caption = "Atlasens indikatorer",
        IndicatorColumn = "Indikator",
        ThemesColumn = "Teman",
        TargetGroupsColumn = "Gäller",
        AreaLevelsColumn = "Områdesnivåer",
        PeriodsColumn = "Perioder",
        SourceColumn = "Källa",
        ProfilesColumn = "I profilerna",
        NoDataYet = "Inga uppgifter ännu",
        AllIndicators = "Alla {0} indikatorer med teman, områdesnivåer, perioder och källor",
    };
}
