using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Import.Demo;

/// <summary>The eight register deliveries of the city and their calibrated models (docs/demo-data.md).</summary>
internal static class RegisterSpecs
{
    public static IReadOnlyList<RegisterSpec> All { get; } =
    [
        new(
            Id("child-welfare-notifications"), "lastensuojeluilmoitukset_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Windows1252,
            "Lapsia, joista lastensuojeluilmoitus", "0–17-vuotiaat", Ages(0, 17),
            0.065, 0.45, 0.2, year => (0.035 * (year - 2015)) + (year == 2020 ? 0.05 : 0)),
        new(
            Id("social-assistance-recipients"), "toimeentulotuki_osa-alueittain", DeliveryFormat.Xlsx, DeliveryEncoding.Utf8Bom,
            "Toimeentulotuen saajat", "Asukkaat", (setting, area, year) => setting.Population.Count(area, year, Sex.Total),
            0.075, 0.65, 0.15, year => year switch
            {
                2015 => 0.12,
                2016 => 0.15,
                2017 => 0.10,
                2018 => 0.05,
                2020 => 0.06,
                2021 => 0.03,
                2022 => -0.02,
                2024 => 0.05,
                2025 => 0.08,
                _ => 0,
            }),
        new(
            Id("unemployed-jobseekers"), "tyottomat_tyonhakijat_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Utf8Bom,
            "Työttömät työnhakijat", "18–64-vuotiaat", Ages(18, 64),
            0.07, 0.55, 0.15, year => year switch
            {
                2015 => 0.25,
                2016 => 0.28,
                2017 => 0.15,
                2019 => -0.08,
                2020 => 0.38,
                2021 => 0.28,
                2023 => 0.05,
                2024 => 0.22,
                2025 => 0.30,
                _ => 0,
            }),
        new(
            Id("school-absence"), "koulupoissaolot_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Windows1252,
            "Oppilaita, joilla vähintään 10 % poissaoloja", "7–15-vuotiaat", Ages(7, 15),
            0.10, 0.35, 0.2, year => year switch
            {
                <= 2019 => 0,
                2020 => -0.1,
                _ => 0.15 + (0.06 * (year - 2021)),
            }),
        new(
            Id("preschool-participation"), "varhaiskasvatus_3-6v_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Utf8Bom,
            "Varhaiskasvatuksessa tai esiopetuksessa", "3–6-vuotiaat", Ages(3, 6),
            0.89, -0.45, 0.2, year => 0.03 * (year - 2015)),
        new(
            Id("cervical-screening"), "kohdunkaulan_seulonta_osa-alueittain", DeliveryFormat.Xlsx, DeliveryEncoding.Utf8Bom,
            "Seulontaan osallistuneet", "Kutsutut",
            // Women aged 30–60 are invited every five years: a fifth of the women in bands 30–34 … 55–59.
            (setting, area, year) => (int)Math.Round(setting.Population.CountAges(area, year, Sex.Female, 30, 59) / 5.0),
            0.64, -0.3, 0.15, year => (year == 2020 ? -0.2 : 0) - (0.01 * (year - 2015))),
        new(
            Id("home-care-75"), "kotihoito_75v_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Utf8Bom,
            "Säännöllisen kotihoidon asiakkaat", "75 vuotta täyttäneet", Ages(75, 120),
            0.105, 0.2, 0.15, year => -0.02 * (year - 2015)),
        new(
            Id("influenza-vaccination-65"), "influenssarokotukset_65v_osa-alueittain", DeliveryFormat.Csv, DeliveryEncoding.Windows1252,
            "Rokotetut", "65 vuotta täyttäneet", Ages(65, 120),
            0.50, -0.3, 0.15, year => year switch
            {
                2020 => 0.4,
                2021 => 0.3,
                2022 => 0.15,
                _ => 0.01 * (year - 2015),
            }),
    ];

    private static IndicatorId Id(string id) => IndicatorId.Parse(id);

    private static Func<DemoSetting, AreaCode, int, int> Ages(int from, int to) =>
        (setting, area, year) => setting.Population.CountAges(area, year, Sex.Total, from, to);
}
