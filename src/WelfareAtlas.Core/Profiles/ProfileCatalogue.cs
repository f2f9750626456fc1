using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Profiles;

/// <summary>The product's built-in welfare profiles: children and young people, working-age adults and older people.</summary>
public static class ProfileCatalogue
{
    private static readonly Lazy<IReadOnlyList<Profile>> LazyAll = new(() => [ChildrenAndYoungPeople(), WorkingAgeAdults(), OlderPeople()]);

    /// <summary>Every profile in display order.</summary>
    public static IReadOnlyList<Profile> All => LazyAll.Value;

    /// <summary>The profile with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Profile? Find(string id) => All.FirstOrDefault(profile => string.Equals(profile.Id, id, StringComparison.Ordinal));

    private static Profile ChildrenAndYoungPeople() => new(
        "children-and-young-people",
        new("Lapset ja nuoret", "Barn och unga", "Children and young people"),
        new(
            "Lasten, nuorten ja lapsiperheiden hyvinvointi alueittain: perheiden toimeentulo, kasvu ja oppiminen, mieli ja harrastukset, ravitsemus ja lastensuojelu.",
            "Välfärden hos barn, unga och barnfamiljer per område: familjernas försörjning, uppväxt och lärande, psykiskt välbefinnande och fritid, kost och barnskydd.",
            "The welfare of children, young people and families by area: family livelihood, growth and learning, mind and leisure, nutrition and child welfare."),
        [
            Domain("family-livelihood", "Perheiden toimeentulo", "Familjernas försörjning", "Family livelihood",
                ("paavo-single-parent-households", Polarity.NoJudgement),
                ("paavo-low-income", Polarity.LowerIsBetter),
                ("social-assistance-recipients", Polarity.LowerIsBetter)),
            Domain("growth-and-learning", "Kasvu ja oppiminen", "Uppväxt och lärande", "Growth and learning",
                ("preschool-participation", Polarity.HigherIsBetter),
                ("school-absence", Polarity.LowerIsBetter)),
            Domain("mind-and-leisure", "Mieli ja harrastukset", "Psykiskt välbefinnande och fritid", "Mind and leisure",
                ("youth-chat-conversations", Polarity.NoJudgement),
                ("sports-licences", Polarity.HigherIsBetter),
                ("sotkanet-psychiatric-care-0-17", Polarity.LowerIsBetter)),
            Domain("nutrition", "Ravitsemus", "Kost", "Nutrition",
                ("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                ("grocery-sugary-drinks", Polarity.LowerIsBetter),
                ("grocery-sweets", Polarity.LowerIsBetter)),
            Domain("child-welfare", "Lastensuojelu", "Barnskydd", "Child welfare",
                ("child-welfare-notifications", Polarity.LowerIsBetter)),
        ]);

    private static Profile WorkingAgeAdults() => new(
        "working-age-adults",
        new("Työikäiset", "Personer i arbetsför ålder", "Working-age adults"),
        new(
            "Työikäisten hyvinvointi alueittain: työ ja toimeentulo, koulutus, elintavat, terveyspalvelut ja mieli sekä asuminen.",
            "Välfärden hos personer i arbetsför ålder per område: arbete och försörjning, utbildning, levnadsvanor, hälsotjänster och psykiskt välbefinnande samt boende.",
            "The welfare of working-age adults by area: work and livelihood, education, lifestyle, health services and mind, and housing."),
        [
            Domain("work-and-livelihood", "Työ ja toimeentulo", "Arbete och försörjning", "Work and livelihood",
                ("paavo-unemployment-rate", Polarity.LowerIsBetter),
                ("unemployed-jobseekers", Polarity.LowerIsBetter),
                ("paavo-median-income", Polarity.HigherIsBetter),
                ("payment-defaults", Polarity.LowerIsBetter),
                ("social-assistance-recipients", Polarity.LowerIsBetter)),
            Domain("education", "Koulutus", "Utbildning", "Education",
                ("paavo-tertiary-education", Polarity.HigherIsBetter),
                ("paavo-basic-education-only", Polarity.LowerIsBetter)),
            Domain("lifestyle", "Elintavat", "Levnadsvanor", "Lifestyle",
                ("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                ("grocery-alcohol", Polarity.LowerIsBetter),
                ("sports-licences", Polarity.HigherIsBetter)),
            Domain("health-services-and-mind", "Terveyspalvelut ja mieli", "Hälsotjänster och psykiskt välbefinnande", "Health services and mind",
                ("cervical-screening", Polarity.HigherIsBetter),
                ("sotkanet-depression-medication", Polarity.NoJudgement)),
            Domain("housing-and-population", "Asuminen ja väestö", "Boende och befolkning", "Housing and population",
                ("population", Polarity.NoJudgement),
                ("paavo-rented-dwellings", Polarity.NoJudgement),
                ("paavo-one-person-households", Polarity.NoJudgement)),
        ]);

    private static Profile OlderPeople() => new(
        "older-people",
        new("Ikääntyneet", "Äldre", "Older people"),
        new(
            "Ikääntyneiden hyvinvointi alueittain: väestörakenne ja yksin asuminen, toimeentulo, palvelut ja ravitsemus.",
            "De äldres välfärd per område: befolkningsstruktur och ensamboende, försörjning, tjänster och kost.",
            "Older people's welfare by area: population structure and living alone, livelihood, services and nutrition."),
        [
            Domain("structure", "Väestörakenne ja asuminen", "Befolkningsstruktur och boende", "Population and living alone",
                ("paavo-pensioners", Polarity.NoJudgement),
                ("paavo-one-person-households", Polarity.LowerIsBetter)),
            Domain("livelihood", "Toimeentulo", "Försörjning", "Livelihood",
                ("paavo-low-income", Polarity.LowerIsBetter),
                ("payment-defaults", Polarity.LowerIsBetter)),
            Domain("services", "Palvelut", "Tjänster", "Services",
                ("home-care-75", Polarity.NoJudgement),
                ("influenza-vaccination-65", Polarity.HigherIsBetter)),
            Domain("nutrition", "Ravitsemus ja alkoholi", "Kost och alkohol", "Nutrition and alcohol",
                ("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                ("grocery-alcohol", Polarity.LowerIsBetter)),
        ]);

    private static ProfileDomain Domain(string id, string fi, string sv, string en, params (string Indicator, Polarity Polarity)[] indicators) =>
        new(id, new LocalisedText(fi, sv, en), [.. indicators.Select(i => new ProfileIndicator(IndicatorId.Parse(i.Indicator), i.Polarity))]);
}
