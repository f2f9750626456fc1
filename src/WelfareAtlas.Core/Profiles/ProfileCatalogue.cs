using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
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
                Entry("paavo-single-parent-households", Polarity.NoJudgement),
                Entry("paavo-low-income", Polarity.LowerIsBetter),
                Entry("social-assistance-recipients", Polarity.LowerIsBetter)),
            Domain("growth-and-learning", "Kasvu ja oppiminen", "Uppväxt och lärande", "Growth and learning",
                Entry("preschool-participation", Polarity.HigherIsBetter),
                Entry("school-absence", Polarity.LowerIsBetter)),
            Domain("mind-and-leisure", "Mieli ja harrastukset", "Psykiskt välbefinnande och fritid", "Mind and leisure",
                Entry("youth-chat-conversations", Polarity.NoJudgement),
                Entry("sports-licences", Polarity.HigherIsBetter, "7-17"),
                Entry("sotkanet-psychiatric-care-0-17", Polarity.LowerIsBetter)),
            Domain("nutrition", "Ravitsemus", "Kost", "Nutrition",
                Entry("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                Entry("grocery-sugary-drinks", Polarity.LowerIsBetter),
                Entry("grocery-sweets", Polarity.LowerIsBetter)),
            Domain("child-welfare", "Lastensuojelu", "Barnskydd", "Child welfare",
                Entry("child-welfare-notifications", Polarity.LowerIsBetter)),
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
                Entry("paavo-unemployment-rate", Polarity.LowerIsBetter),
                Entry("unemployed-jobseekers", Polarity.LowerIsBetter),
                Entry("paavo-median-income", Polarity.HigherIsBetter),
                // Delivered by age band without a total of all adults: the youngest working-age band, named where shown.
                Entry("payment-defaults", Polarity.LowerIsBetter, "18-24"),
                Entry("social-assistance-recipients", Polarity.LowerIsBetter)),
            Domain("education", "Koulutus", "Utbildning", "Education",
                Entry("paavo-tertiary-education", Polarity.HigherIsBetter),
                Entry("paavo-basic-education-only", Polarity.LowerIsBetter)),
            Domain("lifestyle", "Elintavat", "Levnadsvanor", "Lifestyle",
                Entry("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                Entry("grocery-alcohol", Polarity.LowerIsBetter),
                Entry("sports-licences", Polarity.HigherIsBetter, "18-29")),
            Domain("health-services-and-mind", "Terveyspalvelut ja mieli", "Hälsotjänster och psykiskt välbefinnande", "Health services and mind",
                Entry("cervical-screening", Polarity.HigherIsBetter),
                Entry("sotkanet-depression-medication", Polarity.NoJudgement)),
            Domain("housing-and-population", "Asuminen ja väestö", "Boende och befolkning", "Housing and population",
                Entry("population", Polarity.NoJudgement),
                Entry("paavo-rented-dwellings", Polarity.NoJudgement),
                Entry("paavo-one-person-households", Polarity.NoJudgement)),
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
                Entry("paavo-pensioners", Polarity.NoJudgement),
                Entry("paavo-one-person-households", Polarity.LowerIsBetter)),
            Domain("livelihood", "Toimeentulo", "Försörjning", "Livelihood",
                Entry("paavo-low-income", Polarity.LowerIsBetter),
                Entry("payment-defaults", Polarity.LowerIsBetter, "65+")),
            Domain("services", "Palvelut", "Tjänster", "Services",
                Entry("home-care-75", Polarity.NoJudgement),
                Entry("influenza-vaccination-65", Polarity.HigherIsBetter)),
            Domain("nutrition", "Ravitsemus ja alkoholi", "Kost och alkohol", "Nutrition and alcohol",
                Entry("grocery-vegetables-fruit", Polarity.HigherIsBetter),
                Entry("grocery-alcohol", Polarity.LowerIsBetter)),
        ]);

    private static ProfileDomain Domain(string id, string fi, string sv, string en, params ProfileIndicator[] indicators) =>
        new(id, new LocalisedText(fi, sv, en), indicators);

    /// <summary>An indicator of a domain; <paramref name="age"/>: the age band the profile shows (<see cref="ProfileIndicator.Age"/>).</summary>
    private static ProfileIndicator Entry(string indicator, Polarity polarity, string? age = null) =>
        new(IndicatorId.Parse(indicator), polarity, age is null ? null : AgeBand.TryParse(age, out AgeBand band, out string? error) ? band : throw new InvalidOperationException(error));
}
