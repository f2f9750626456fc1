using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;
using WelfareAtlas.Statistics.Funnels;
using WelfareAtlas.Statistics.Inequality;
using WelfareAtlas.Statistics.Quantiles;

namespace WelfareAtlas.Core.Tests.Statistics;

/// <summary>
/// Every row of errors_and_warnings.csv is either reproduced here as a typed error (or the documented value-level
/// behaviour), or classified as not applicable with the reason. An unclassified row fails the test, so a new
/// reference condition cannot be skipped silently.
/// </summary>
public sealed class ErrorsAndWarningsTests
{
    private const string RArguments = "R argument plumbing (missing arguments, data frames, column names, field types, `type`): the C# methods take typed parameters, so these cannot occur";
    private const string BothLevels = "every estimate carries both profile levels (95 % and 99.8 %) at once; other levels go through ConfidenceLevel";
    private const string OutOfScope = "life expectancy is not part of this engine (issue 3)";
    private const string Deprecated = "phe_dsr is deprecated in the reference; calculate_dsr's conditions are covered";
    private const string OneGroupPerCall = "the C# methods take one area (group) per call with its own reference bands, so row counts per group cannot disagree";

    public static TheoryData<int> Rows => ReferenceData.RowIndexes("errors_and_warnings.csv");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Condition_ReferenceRow_TypedErrorOrDocumentedBehaviour(int index)
    {
        ReferenceRow row = ReferenceData.Load("errors_and_warnings.csv")[index];

        (Action? check, string? notApplicable) = Classify(row["function"], row["condition"], row["message"]);

        Assert.True(check is not null || notApplicable is not null, $"{row}: {row["function"]} / {row["condition"]} is not classified");
        check?.Invoke();
    }

    private static (Action? Check, string? NotApplicable) Classify(string function, string condition, string message)
    {
        bool Has(string text) => condition.Contains(text, StringComparison.Ordinal);

        if (function == "phe_life_expectancy")
        {
            return (null, OutOfScope);
        }

        if (function.StartsWith("phe_dsr", StringComparison.Ordinal))
        {
            return (null, Deprecated);
        }

        if (Has("missing") && (Has("data") || Has(" or x missing") || Has("value and x both")) && !Has("se missing") && function != "phe_sii"
            || Has("data not a data.frame") || Has("column absent") || Has("not numeric") || Has("bad type") || Has("type not")
            || Has("statistic missing") || Has("statistic not") || (Has("NULL") && !Has("observed_totals")) || Has("not a single TRUE/FALSE")
            || Has("and eventfreq missing") || Has("and ageband missing") || Has("inverttype") || Has("invert not TRUE"))
        {
            return (null, RArguments);
        }

        if (Has("length(confidence) > 2") || Has("length 2 and not") || condition == "confidence = NA")
        {
            return (null, BothLevels);
        }

        if (Has("confidence") && (Has("out of range") || Has("< 0.9") || Has("outside [0.9,1]")))
        {
            return (() => AssertConfidenceRejected(), null);
        }

        return function switch
        {
            "byars_lower" or "byars_upper" when Has("x < 0") => (() => AssertError(CrudeRate.Compute(-1, 10), "numerators must be greater than or equal to zero"), null),
            "byars_lower" when Has("result < 0") => (() => Assert.Null(Byars.Lower(1, ConfidenceLevel.Percent998)), null),
            "wilson_lower" or "wilson_upper" when Has("x < 0") => (() => AssertError(Proportion.Compute(-1, 10), "numerators must be greater than or equal to zero"), null),
            "wilson_lower" or "wilson_upper" when Has("n < 0") => (() => AssertError(Proportion.Compute(1, -10), "denominators must be greater than zero"), null),
            "wilson_lower" or "wilson_upper" when Has("x > n") => (() => AssertError(Proportion.Compute(11, 10), "numerators must be less than or equal to denominator for a proportion statistic"), null),
            "wilson_lower/upper" => (() => Assert.Equal(new Interval(0, 1), WilsonScore.Compute(65, 100, ConfidenceLevel.Create(1))), null),
            "phe_proportion" when Has("x < 0") => (() => AssertError(Proportion.Compute(-1, 10), message), null),
            "phe_proportion" when Has("n <= 0") => (() => AssertError(Proportion.Compute(1, 0), message), null),
            "phe_proportion" when Has("x > n") => (() => AssertError(Proportion.Compute(11, 10), message), null),
            "phe_proportion" or "phe_rate" when Has("NA") => (() =>
            {
                Assert.Equal(StatisticErrorKind.MissingValue, Proportion.Compute(double.NaN, 10).Error!.Kind);
                Assert.Equal(StatisticErrorKind.MissingValue, CrudeRate.Compute(1, double.NaN).Error!.Kind);
            }, null),
            "phe_rate" when Has("x < 0") => (() => AssertError(CrudeRate.Compute(-1, 10), message), null),
            "phe_rate" when Has("n <= 0") => (() => AssertError(CrudeRate.Compute(1, 0), message), null),
            "phe_rate" when Has("x > n") => (() => Assert.True(CrudeRate.Compute(250, 220).IsSuccess), null),
            "calculate_dsr" when Has("any n NA") => (() => AssertError(Dsr(new StandardisationBand(1, double.NaN, 1)), message), null),
            "calculate_dsr" when Has("any stdpop NA") => (() => AssertError(Dsr(new StandardisationBand(1, 10, double.NaN)), message), null),
            "calculate_dsr" when Has("any x < 0") => (() => AssertError(Dsr(new StandardisationBand(-1, 10, 1)), message), null),
            "calculate_dsr" when Has("any n <= 0") => (() => AssertError(Dsr(new StandardisationBand(1, 0, 1)), message), null),
            "calculate_dsr" when Has("any stdpop < 0") => (() => AssertError(Dsr(new StandardisationBand(1, 10, -1)), message), null),
            "calculate_dsr" when Has("multiplier <= 0") => (() => AssertError(DirectlyStandardisedRate.Compute([new(1, 10, 1)], 0), message), null),
            "calculate_dsr" when Has("eventfreq NA") => (() => AssertError(
                DirectlyStandardisedRate.ComputeNonIndependent([new("0-4", double.NaN, 1, 10, 1)]), message), null),
            "calculate_dsr" when Has("ageband NA") => (null, "AgeBand is a non-nullable string in NonIndependentStandardisationBand"),
            "calculate_dsr" when Has("different populations") || Has(">1 distinct n") => (() => AssertError(
                DirectlyStandardisedRate.ComputeNonIndependent([new("0-4", 1, 1, 10, 1), new("0-4", 2, 1, 11, 1)]), message), null),
            "calculate_dsr" when Has("total_count < 10") => (() =>
            {
                DirectlyStandardisedRateResult result = DirectlyStandardisedRate.Compute([new(9, 100, 1)]).GetValueOrThrow();
                Assert.Null(result.Estimate);
                Assert.Equal(9, result.TotalCount);
                Assert.Equal("dsr NA for total count < 10", result.Suppression!.Message);
            }, null),
            "calculate_ISRate" or "calculate_ISRatio" when Has("different row counts") || Has("x_ref length") || Has("n_ref length")
                || Has("observed_totals given but x not") || Has("refpoptype") => (null, OneGroupPerCall),
            "calculate_ISRate" or "calculate_ISRatio" when Has("observed_totals NULL") => (null, RArguments),
            "calculate_ISRate" or "calculate_ISRatio" when Has("any x < 0") => (() =>
            {
                AssertError(IndirectlyStandardised.Ratio([new(-1, 10, 1, 10)]), message);
                AssertError(IndirectlyStandardised.Rate([new(1, 10, 1, 10)], observedTotal: -1), message);
            }, null),
            "calculate_ISRate" or "calculate_ISRatio" when Has("any n < 0") => (() =>
            {
                AssertError(IndirectlyStandardised.Rate([new(1, -10, 1, 10)]), message);
                Assert.True(IndirectlyStandardised.Ratio([new(1, 0, 1, 10), new(1, 10, 1, 10)]).IsSuccess);
            }, null),
            "calculate_ISRate" or "calculate_ISRatio" when Has("observed < 10") => (() =>
                Assert.Equal(IntervalMethod.ExactPoisson, IndirectlyStandardised.Ratio([new(9, 10, 1, 10)]).GetValueOrThrow().Estimate.Method), null),
            "phe_quantile" when Has("invert differs") => (null, "one invert flag per call (one group per call)"),
            "phe_quantile" when Has("fewer non-NA values") => (() =>
                Assert.Equal(message, QuantileAssigner.Assign([1, 2, 3], 5).GetValueOrThrow().Warning), null),
            "phe_sii" => ClassifySii(condition, message),
            "calculate_funnel_limits" or "assign_funnel_significance" or "calculate_funnel_points" => ClassifyFunnel(condition, message),
            _ => (null, null),
        };
    }

    private static (Action?, string?) ClassifySii(string condition, string message)
    {
        bool Has(string text) => condition.Contains(text, StringComparison.Ordinal);
        Action? check = condition switch
        {
            _ when Has("value and x both") => () => AssertError(Sii([.. Quintiles(), new(6, 1000, double.NaN, 0.1)]), message),
            _ when Has("se missing and") => () => AssertError(Sii([.. Quintiles(), new(6, 1000, 0.5)]), message),
            _ when Has("repetitions < 1000") => () => AssertError(Sii(Quintiles(), new(InequalityValueType.Proportion, Repetitions: 10)), message),
            _ when Has("transform=TRUE and value_type=0") => () => AssertError(Sii(QuintilesWithLimits(), new(InequalityValueType.Normal, Transform: true)), message),
            _ when Has("transform=TRUE and se supplied") => () => AssertError(Sii(Quintiles(), new(InequalityValueType.Proportion, Transform: true)), message),
            _ when Has("transform=TRUE and CLs missing") => () => AssertError(
                Sii([.. QuintilesWithLimits(), new(6, 1000, 0.5)], new(InequalityValueType.Proportion, Transform: true)), message),
            _ when Has("population <= 0") => () => AssertError(Sii([.. Quintiles(), new(6, 0, 0.5, 0.1)]), message),
            _ when Has("se < 0") => () => AssertError(Sii([.. Quintiles(), new(6, 1000, 0.5, double.NaN)]), message),
            _ when Has("lower_cl or upper_cl NA") => () => AssertError(Sii([.. QuintilesWithLimits(), new(6, 1000, 0.5, null, new Interval(double.NaN, 0.6))]), message),
            _ when Has("value outside [0,1]") => () => AssertError(Sii([.. Quintiles(), new(6, 1000, 1.2, 0.1)]), message),
            _ when Has("CL outside [0,1]") => () => AssertError(Sii([.. QuintilesWithLimits(), new(6, 1000, 0.5, null, new Interval(0.4, 1.1))]), message),
            // A count of 0 gives a proportion of 0, which has no logit: the value check reports it.
            _ when Has("x <= 0") => () => AssertError(Sii([.. Quintiles(), new(6, 1000, 0.0 / 1000, 0.1)]), "value proportions are not all between 0 and 1"),
            _ when Has("distinct quantiles < 5") => () => AssertError(Sii([.. Quintiles().Take(4)]), message),
            _ when Has("distinct quantiles > 10") => () => Assert.Equal(
                [message],
                SlopeIndexOfInequality.Compute(
                    [.. Enumerable.Range(1, 11).Select(q => new InequalityQuantile(q, 1000, 0.05 * q, 0.1))],
                    new SlopeIndexOptions(InequalityValueType.Proportion, Repetitions: 1000),
                    new Random(1)).GetValueOrThrow().Warnings),
            _ => null,
        };

        if (check is not null)
        {
            return (check, null);
        }

        if (Has("data, quantile or population missing"))
        {
            return (null, RArguments);
        }

        return Has("value_type not 0/1/2")
            ? (null, "value_type is the InequalityValueType enum")
            : Has("lacks data for every quantile")
                ? (null, "one population per call; its quantiles are validated (5 to 100, each once) instead of dropping groups")
                : (null, null);
    }

    private static (Action?, string?) ClassifyFunnel(string condition, string message)
    {
        bool Has(string text) => condition.Contains(text, StringComparison.Ordinal);
        Action? check = condition switch
        {
            _ when Has("rate: any numerator NA") => () => AssertError(RateFunnel.Significance([new(double.NaN, 10)], RateType.Crude, 1e5), message),
            _ when Has("rate: rate NA") => () => AssertError(RateFunnel.Limits([new(5, double.NaN)], RateType.Crude, 1e5, 1), message),
            _ when Has("numerator is 0 and no denominator") => () => AssertError(RateFunnel.Points([new(0, 0)], RateType.Crude, 1e5, 1), message),
            _ when Has("numerator is 0 and its denominator") => () => AssertError(RateFunnel.Significance([new(0, 0, 0)], RateType.Crude, 1e5), message),
            _ when Has("proportion: any numerator or denominator NA") => () => AssertError(ProportionFunnel.Limits([new(double.NaN, 10)]), message),
            _ when Has("any numerator < 0") => () =>
            {
                AssertError(ProportionFunnel.Significance([new(-1, 10)]), message);
                AssertError(RatioFunnel.Significance([new(-1, 10)]), message);
            },
            _ when Has("any denominator <= 0") => () =>
            {
                AssertError(ProportionFunnel.Significance([new(1, 0)]), message);
                AssertError(RatioFunnel.Significance([new(1, 0)]), message);
            },
            _ when Has("proportion: any numerator > denominator") => () => AssertError(ProportionFunnel.Significance([new(11, 10)]), message),
            _ => null,
        };

        return check is not null ? (check, null) : (null, null);
    }

    private static StatisticResult<DirectlyStandardisedRateResult> Dsr(StandardisationBand band) =>
        DirectlyStandardisedRate.Compute([new StandardisationBand(20, 100, 1), band]);

    private static List<InequalityQuantile> Quintiles() =>
        [.. Enumerable.Range(1, 5).Select(q => new InequalityQuantile(q, 1000, 0.1 * q, 0.1))];

    private static List<InequalityQuantile> QuintilesWithLimits() =>
        [.. Enumerable.Range(1, 5).Select(q => new InequalityQuantile(q, 1000, 0.1 * q, null, new Interval((0.1 * q) - 0.05, (0.1 * q) + 0.05)))];

    private static StatisticResult<SlopeIndexResult> Sii(List<InequalityQuantile> quantiles, SlopeIndexOptions? options = null) =>
        SlopeIndexOfInequality.Compute(quantiles, options ?? new SlopeIndexOptions(InequalityValueType.Proportion, Repetitions: 1000), new Random(1));

    private static void AssertConfidenceRejected()
    {
        foreach (double level in new[] { 0.5, 1.5, 89.0, 100.5 })
        {
            Assert.False(ConfidenceLevel.TryCreate(level, out _, out string? error));
            Assert.Equal("confidence level must be between 90 and 100 or between 0.9 and 1", error);
        }
    }

    private static void AssertError<T>(StatisticResult<T> result, string message)
        where T : notnull
    {
        Assert.False(result.IsSuccess, $"expected the error '{message}'");
        Assert.Equal(message, result.Error.Message);
    }
}
