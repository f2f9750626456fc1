namespace WelfareAtlas.Web.Localisation;

internal sealed partial record GapTexts
{
    public static GapTexts Swedish { get; } = new()
    {
        Title = "Skillnaden mellan områdena ({0})",
        Fifths = "{0}: femtedelen av områdena med de högsta värdena ({1} områden) hade {2}, femtedelen med de lägsta värdena ({3} områden) {4}.",
        GapWithInterval = "Skillnaden är {0} (95 % konfidensintervall {1}–{2}).",
        GapWithoutInterval = "Skillnaden är {0}.",
        Ratio = "Den högsta femtedelens värde är {0} gånger den lägstas.",
        NoGap = "Ingen skillnad kan beräknas för {0}: {1}",
        TooFewAreas = "bara {0} områden har ett värde som visas, och skillnaden kräver minst fem.",
        Tied = "områdenas värden är lika.",
        Narrowing = "Under de fem perioderna fram till {0} har skillnaden minskat signifikant.",
        Widening = "Under de fem perioderna fram till {0} har skillnaden ökat signifikant.",
        NoChange = "Under de fem perioderna fram till {0} har skillnaden inte förändrats signifikant.",
        CannotTell = "Om skillnaden minskar kan inte bedömas: {0}",
        TooFewPeriods = "det finns färre än fem perioder.",
        PeriodWithoutGap = "för {0} finns ingen skillnad.",
        TooFewSameAreas = "endast {0} områden har ett värde under alla fem perioder.",
        SameAreas = "Utvecklingen jämför samma {0} områden i varje period: de som har ett värde under alla fem.",
        MissingInterval = "en del värden saknar konfidensintervall.",
        NotTestable = "testet kunde inte göras.",
        ChartDescription = "Skillnaden mellan den högsta och den lägsta femtedelen under varje period med dess 95 %-konfidensintervall som ett band; en period utan skillnad bryter linjen.",
        TableCaption = "Skillnaden mellan den högsta och den lägsta femtedelen per period",
        Highest = "Högsta femtedelen",
        Lowest = "Lägsta femtedelen",
        Gap = "Skillnad",
        RatioHeading = "Kvot",
        Areas = "Områden med värde",
        Method = "Områdena rangordnas efter sina egna värden; en femtedels värde är dess områdens värden vägda med befolkningen. Slumpen gör skillnaden mellan områden rangordnade efter sina observerade värden något större än mellan deras verkliga värden, desto mer ju mindre områdena är; intervallet tar inte hänsyn till det. Värden som skyddas av integritetsskäl ingår inte, så de områden som räknas kan skifta från period till period.",
    };
}
