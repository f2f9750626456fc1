using WelfareAtlas.Areas;

namespace WelfareAtlas.Indicators.Catalogue;

/// <content>Social inclusion: school absence and early childhood education.</content>
public static partial class IndicatorCatalogue
{
    private static IEnumerable<Indicator> SocialInclusion()
    {
        yield return Demo(
            "school-absence",
            T("Runsaasti poissaoloja koulusta", "Mycket frånvaro från skolan", "Frequent school absence"),
            T(
                "Perusopetuksen oppilaat, joilla on lukuvuoden aikana vähintään 10 % poissaoloja koulupäivistä, % alueella asuvista 7–15-vuotiaista.",
                "Elever i den grundläggande utbildningen med minst 10 % frånvaro av skoldagarna under läsåret, % av de 7–15-åringar som bor i området.",
                "Pupils in basic education absent from at least 10 % of school days in the school year, % of residents aged 7–15."),
            T(
                "Runsaat poissaolot ennakoivat koulupudokkuutta ja kertovat usein pahoinvoinnista, kiusaamisesta tai perheen vaikeuksista.",
                "Mycket frånvaro förutser skolavhopp och tyder ofta på illamående, mobbning eller svårigheter i familjen.",
                "Frequent absence predicts dropping out and often signals distress, bullying or family difficulties."),
            T(
                "kaupungin kasvatuksen ja koulutuksen toimialan oppilashallintojärjestelmän poiminta osa-alueittain (CSV)",
                "ett uttag ur stadens fostrans- och utbildningssektors elevadministrationssystem per delområde (CSV)",
                "an extract of the city education division's pupil administration system by sub-district (CSV)"),
            T("% 7–15-vuotiaista", "% av 7–15-åringar", "% of residents aged 7–15"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Vuosi tarkoittaa kevätlukukauden vuotta (lukuvuosi 2024–2025 on vuosi 2025). Poissaolot kirjataan kouluittain; oppilas on kohdistettu kotiosoitteensa osa-alueelle. Todellisessa aineistossa vuodet 2020–2021 poikkeavat etäopetuksen vuoksi.",
                "Året avser vårterminens år (läsåret 2024–2025 är år 2025). Frånvaron registreras per skola; eleven hänförs till delområdet för hemadressen. I verkliga data avviker åren 2020–2021 på grund av distansundervisning.",
                "The year is the year of the spring term (school year 2024–2025 is 2025). Absence is recorded by school; each pupil is placed in the sub-district of their home address. In real data 2020–2021 differ because of remote teaching."),
            [Theme.SocialInclusion, Theme.MentalWellbeing],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.YoungPeople],
            ["4.1"]);

        yield return Demo(
            "preschool-participation",
            T("Varhaiskasvatukseen osallistuvat 3–6-vuotiaat", "3–6-åringar i småbarnspedagogik", "Children aged 3–6 in early childhood education"),
            T(
                "Kunnallisessa tai yksityisessä varhaiskasvatuksessa tai esiopetuksessa vuoden lopussa olevat 3–6-vuotiaat, % alueen 3–6-vuotiaista.",
                "Barn i åldern 3–6 år i kommunal eller privat småbarnspedagogik eller förskoleundervisning vid årets slut, % av områdets 3–6-åringar.",
                "Children aged 3–6 in municipal or private early childhood education or pre-primary education at the end of the year, % of the area's children aged 3–6."),
            T(
                "Varhaiskasvatus tasoittaa lasten oppimisedellytysten eroja erityisesti kieli- ja perhetaustan mukaan.",
                "Småbarnspedagogik jämnar ut skillnader i barns förutsättningar att lära sig, särskilt efter språk- och familjebakgrund.",
                "Early childhood education narrows gaps in children's readiness to learn, particularly by language and family background."),
            T(
                "kaupungin varhaiskasvatuksen asiakastietojärjestelmän poiminta osa-alueittain (CSV)",
                "ett uttag ur stadens klientdatasystem för småbarnspedagogik per delområde (CSV)",
                "an extract of the city's early-education client system by sub-district (CSV)"),
            T("% 3–6-vuotiaista", "% av 3–6-åringar", "% of children aged 3–6"),
            Measure.Proportion,
            100,
            Frequency.Yearly,
            AreaType.SubDistrict,
            DisclosureRule.PersonRegister,
            T(
                "Esiopetus on ollut velvoittavaa vuodesta 2015, joten 6-vuotiaiden osallistuminen on lähes täyttä; erot syntyvät 3–5-vuotiaista.",
                "Förskoleundervisningen har varit obligatorisk sedan 2015, så nästan alla 6-åringar deltar; skillnaderna uppstår bland 3–5-åringar.",
                "Pre-primary education has been compulsory since 2015, so almost every six-year-old takes part; the differences come from ages 3–5."),
            [Theme.SocialInclusion, Theme.UseOfServices],
            [TargetGroup.ChildrenAndFamilies, TargetGroup.Immigrants],
            ["4.2"]);
    }
}
