using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Tests.Demo;

public sealed class DemoPlausibilityTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Theory]
    // Helsinki 2011: 10.1 % received social assistance (Helsinki alueittain 2012); Kela era lower.
    [InlineData("social-assistance-recipients", 5, 11)]
    [InlineData("child-welfare-notifications", 4, 11)]
    [InlineData("unemployed-jobseekers", 4, 10)]
    [InlineData("school-absence", 8, 18)]
    [InlineData("preschool-participation", 85, 97)]
    [InlineData("cervical-screening", 55, 72)]
    [InlineData("home-care-75", 6, 15)]
    [InlineData("influenza-vaccination-65", 40, 65)]
    [InlineData("payment-defaults", 5, 12)]
    [InlineData("sports-licences", 8, 25)]
    public void CityRate_2023_IsWithinTheRealRange(string indicator, double low, double high)
    {
        List<Observation> year = [.. demo.FileOf(indicator).Observations().Where(o => o.Period.Year == 2023)];
        double rate = 100 * year.Sum(o => o.Numerator!.Value) / year.Sum(o => o.Denominator!.Value);
        Assert.InRange(rate, low, high);
    }

    [Fact]
    public void RegisterRates_EveryAreaWithEnoughPeople_StaysSane()
    {
        foreach (string indicator in (string[])["social-assistance-recipients", "child-welfare-notifications", "unemployed-jobseekers", "school-absence", "preschool-participation", "cervical-screening", "home-care-75", "influenza-vaccination-65"])
        {
            foreach (Observation o in demo.FileOf(indicator).Observations().Where(o => o.Denominator >= 200))
            {
                Assert.InRange(o.Numerator!.Value / o.Denominator!.Value, 0.002, 0.995);
            }
        }
    }

    [Fact]
    public void SocialAssistance_BySubDistrict_CorrelatesWithPaavoUnemployment()
    {
        Dictionary<AreaCode, double> unemployment = demo.Setting.RegisterAreas.ToDictionary(area => area.Code, area => area.UnemploymentRate);
        List<(double X, double Y)> points = [.. demo.FileOf("social-assistance-recipients").Observations()
            .Where(o => o.Period.Year == 2023 && o.Denominator >= 500)
            .Select(o => (unemployment[o.Area], o.Numerator!.Value / o.Denominator!.Value))];
        Assert.True(points.Count > 100);
        Assert.True(Correlation(points) > 0.5, $"r = {Correlation(points)}");
    }

    [Fact]
    public void PaymentDefaults_ByPostalArea_CorrelateWithPaavoUnemployment()
    {
        Dictionary<AreaCode, double> unemployment = demo.Setting.PostalAreas.ToDictionary(area => area.Code, area => area.UnemploymentRate);
        List<(double X, double Y)> points = [.. demo.FileOf("payment-defaults").Observations()
            .Where(o => o.Period == Period.OfQuarter(2023, 4))
            .GroupBy(o => o.Area)
            .Where(g => g.Sum(o => o.Denominator!.Value) >= 500)
            .Select(g => (unemployment[g.Key], g.Sum(o => o.Numerator!.Value) / g.Sum(o => o.Denominator!.Value)))];
        Assert.True(Correlation(points) > 0.4, $"r = {Correlation(points)}");
    }

    [Fact]
    public void YouthChat_Counts_AreRealisticallySmall()
    {
        List<Observation> chat = [.. demo.FileOf("youth-chat-conversations").Observations()];
        double smallShare = chat.Count(o => o.Numerator <= 4) / (double)chat.Count;
        Assert.InRange(smallShare, 0.9, 0.999);
        Assert.Contains(chat, o => o.Numerator == 0);
        Assert.Contains(chat, o => o.Numerator >= 5);
        foreach (IGrouping<Period, Observation> month in chat.GroupBy(o => o.Period))
        {
            Assert.InRange(month.Sum(o => o.Numerator!.Value), 40, 400);
        }
    }

    [Fact]
    public void YouthChat_SchoolTopic_IsQuietInJuly()
    {
        List<Observation> school = [.. demo.FileOf("youth-chat-conversations").Observations().Where(o => o.Breakdown.Category == "school")];
        double july = school.Where(o => o.Period.Part == 7).Sum(o => o.Numerator!.Value);
        double october = school.Where(o => o.Period.Part == 10).Sum(o => o.Numerator!.Value);
        Assert.True(july < 0.6 * october, $"July {july}, October {october}.");
    }

    [Fact]
    public void Grocery_SharesAndSuppression_ArePlausible()
    {
        List<Observation> grocery = [.. demo.FileOf("grocery-vegetables-fruit").Observations().Where(o => o.Indicator.Value == "grocery-vegetables-fruit")];
        List<Observation> inhabited = [.. grocery.Where(o => o.Area.Value != "00230")];

        // The share is baskets holding the group over all baskets. Nearly every inhabited area-month has enough baskets
        // to be shown; a summer month of 00290 (about 120 residents) can fall below 200, and the source hides it whole.
        List<Observation> hidden = [.. inhabited.Where(o => o.Status != ObservationStatus.Available)];
        Assert.True(hidden.Count <= inhabited.Count / 500, $"{hidden.Count} of {inhabited.Count} hidden.");
        Assert.All(hidden, o => Assert.Equal((ObservationStatus.SuppressedBySource, null, null), (o.Status, o.Numerator, o.Denominator)));
        inhabited.RemoveAll(hidden.Contains);
        Assert.All(inhabited, o => Assert.InRange(100 * o.Numerator!.Value / o.Denominator!.Value, 40, 85));

        // 00230 has no residents, so no baskets: delivered as zeros (nothing to hide), so that its sub-district sums.
        Assert.All(grocery.Where(o => o.Area.Value == "00230"), o => Assert.Equal((ObservationStatus.Available, 0.0, 0.0), (o.Status, o.Numerator!.Value, o.Denominator!.Value)));
        double summer = inhabited.Where(o => o.Period.Part == 7).Average(o => o.Numerator!.Value / o.Denominator!.Value);
        double winter = inhabited.Where(o => o.Period.Part == 1).Average(o => o.Numerator!.Value / o.Denominator!.Value);
        Assert.True(summer > winter + 0.015, $"July {summer}, January {winter}.");
    }

    [Fact]
    public void Grocery_GroupBaskets_AreCountsWithinTheBaskets()
    {
        // The four groups share one denominator, the baskets: each is a whole count of at most all baskets, and the
        // groups are ordered as the model has them (vegetables the commonest, alcohol among the rarest).
        IEnumerable<IGrouping<(Areas.AreaCode, Periods.Period), Observation>> rows = demo.FileOf("grocery-sweets").Observations()
            .Where(o => o.Status == ObservationStatus.Available && o.Denominator > 0)
            .GroupBy(o => (o.Area, o.Period));
        Assert.All(rows, row =>
        {
            Assert.Equal(4, row.Count());
            Assert.Single(row.Select(o => o.Denominator).Distinct());
            Assert.All(row, o => Assert.Equal(Math.Round(o.Numerator!.Value), o.Numerator!.Value));
            Assert.All(row, o => Assert.InRange(o.Numerator!.Value, 0, o.Denominator!.Value));
        });
        double Share(string indicator) => demo.FileOf(indicator).Observations()
            .Where(o => o.Indicator.Value == indicator && o.Status == ObservationStatus.Available && o.Denominator > 0)
            .Sum(o => o.Numerator!.Value) / demo.FileOf(indicator).Observations()
            .Where(o => o.Indicator.Value == indicator && o.Status == ObservationStatus.Available && o.Denominator > 0)
            .Sum(o => o.Denominator!.Value);
        Assert.True(Share("grocery-vegetables-fruit") > Share("grocery-sweets"));
        Assert.True(Share("grocery-sweets") > Share("grocery-alcohol"));
    }

    [Fact]
    public void Worsening_EveryPlantedArea_ReallyGetsWorse()
    {
        foreach (Worsening worsening in Worsening.Helsinki)
        {
            List<Observation> series = [.. demo.FileOf(worsening.Indicator.Value).Observations()
                .Where(o => o.Indicator == worsening.Indicator && (worsening.Category is null || o.Breakdown.Category == worsening.Category))];
            List<Period> periods = [.. series.Select(o => o.Period).Distinct().Order()];
            // A monthly or quarterly series worsens by years: its last year against the first year of the change;
            // a yearly one its last periods against as many before them.
            int perYear = periods[^1].Kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, _ => 1 };
            List<Period> recent = perYear == 1 ? periods[^worsening.Periods..] : periods[^perYear..];
            List<Period> before = perYear == 1
                ? periods[Math.Max(0, periods.Count - (2 * worsening.Periods))..^worsening.Periods]
                : periods[^(worsening.Periods * perYear)..^((worsening.Periods - 1) * perYear)];
            double Level(IEnumerable<Observation> observations, List<Period> window)
            {
                List<Observation> chosen = [.. observations.Where(o => window.Contains(o.Period) && o.Status == ObservationStatus.Available)];
                return chosen.All(o => o.Value is not null)
                    ? chosen.Average(o => o.Value!.Value)
                    : chosen.Sum(o => o.Numerator!.Value) / chosen.Sum(o => o.Denominator!.Value);
            }

            List<Observation> area = [.. series.Where(o => o.Area == worsening.Area)];
            double change = Level(area, recent) / Level(area, before);
            double cityChange = Level(series, recent) / Level(series, before);
            // Against the city's own change, so that seasons and city-wide trends cancel out.
            // Sports licences worsen by falling; everything else by rising.
            double relative = change / cityChange;
            Assert.True(worsening.StepPerPeriod > 0 ? relative > 1.15 : relative < 0.87, $"{worsening.Indicator} in {worsening.Area}: ×{change:F2}, city ×{cityChange:F2}.");
        }
    }

    private static double Correlation(List<(double X, double Y)> points)
    {
        double mx = points.Average(p => p.X);
        double my = points.Average(p => p.Y);
        double sxy = points.Sum(p => (p.X - mx) * (p.Y - my));
        double sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        double syy = points.Sum(p => (p.Y - my) * (p.Y - my));
        return sxy / Math.Sqrt(sxx * syy);
    }
}
