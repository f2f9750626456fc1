using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo;

/// <summary>Youth crisis-chat conversations by postal area, month and topic, with realistically small counts.</summary>
internal static class YouthChatDelivery
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("youth-chat-conversations");

    /// <summary>The topics: code, the chat's Finnish label, conversations a month per 1,000 aged 13–24, yearly log trend.</summary>
    private static readonly (string Code, string Label, double Rate, double Trend)[] Topics =
    [
        ("loneliness", "Yksinäisyys", 0.30, 0.04),
        ("anxiety", "Ahdistus", 0.40, 0.08),
        ("self-harm", "Itsetuhoisuus", 0.12, 0.03),
        ("family", "Perhe", 0.22, 0.0),
        ("school", "Koulu", 0.22, 0.0),
        ("relationships", "Ihmissuhteet", 0.26, 0.0),
    ];

    public static DeliveryFile Create(DemoSetting setting)
    {
        DeliveryLayout layout = new()
        {
            FileName = $"nuorten_chat_aiheittain_{setting.FirstRecentYear}-01_{setting.LastYear}-12.csv",
            Description = "SYNTHETIC. Youth crisis-chat conversations by postal area, month and topic (imitates a charity's delivery to PUHTI); the denominator was added by the city's analyst from the population estimates.",
            Format = DeliveryFormat.Csv,
            Encoding = DeliveryEncoding.Utf8,
            Columns =
            [
                new("Kuukausi", ColumnRole.Period),
                new("Postinumero", ColumnRole.AreaCode),
                new("Aihe", ColumnRole.Category),
                DeliveryColumn.Of("Keskusteluja", ColumnRole.Numerator, 0, "youth-chat-conversations"),
                DeliveryColumn.Of("13–24-vuotiaat (väestöarvio)", ColumnRole.Denominator, 0, "youth-chat-conversations"),
            ],
            AreaKind = setting.PostalKind,
            PeriodForm = PeriodForm.Month,
            Dimension = "topic",
            CategoryCodes = Topics.ToDictionary(topic => topic.Code, topic => topic.Label, StringComparer.Ordinal),
            Synthetic = true,
        };
        return new DeliveryFile(layout, () => Rows(setting));
    }

    /// <summary>Seasonal log-rate of a topic in a month: school quiet in summer, loneliness at Christmas, anxiety before exams.</summary>
    private static double Season(string topic, int month) => topic switch
    {
        "school" => month switch { 6 or 7 => -1.0, 8 => -0.3, >= 9 and <= 11 => 0.25, <= 3 => 0.15, _ => 0 },
        "loneliness" => month switch { 12 => 0.35, 7 => 0.25, _ => 0 },
        "anxiety" => month switch { 11 => 0.2, 4 or 5 => 0.25, _ => 0 },
        "family" => month switch { 12 => 0.3, 7 => 0.15, _ => 0 },
        "relationships" => month switch { 2 => 0.2, 6 or 7 => 0.1, _ => 0 },
        _ => 0,
    };

    private static IEnumerable<DeliveryRow> Rows(DemoSetting setting)
    {
        Random random = new(setting.SeedFor("youth-chat"));
        int months = 12 * (setting.LastYear - setting.FirstRecentYear + 1);
        for (int index = 0; index < months; index++)
        {
            int year = setting.FirstRecentYear + (index / 12);
            int month = (index % 12) + 1;
            Period period = Period.OfMonth(year, month);
            double years = index / 12.0;
            foreach (DemoArea area in setting.PostalAreas)
            {
                int young = setting.Population.CountAges(area.Code, year, Sex.Total, 13, 24);
                foreach ((string code, _, double rate, double trend) in Topics)
                {
                    double logRate = Math.Log(rate) + (0.25 * area.Deprivation) + (0.2 * area.Effect) + (trend * years) + Season(code, month)
                        + setting.WorseningShift(Indicator, area.Code, index, months, code, perYear: 12);
                    int count = Sampling.Poisson(random, Math.Exp(logRate) * young / 1000.0);
                    yield return new DeliveryRow(area.Code, area.Name, period, new Breakdown(Sex.Total, AgeBand.All, "topic", code), [count, young]);
                }
            }
        }
    }
}
