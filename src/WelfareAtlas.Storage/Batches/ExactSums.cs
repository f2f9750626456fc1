namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The derived rows' exact sums computed in .NET exactly as DuckDB computes <c>CAST(sum(CAST(x AS DECIMAL(38, 9))) AS
/// DOUBLE)</c> (ImportBatchWriter.Derivation.cs, ExactSum; docs/import/pipeline.md, "Derived rows are exact"): each
/// term a whole number of billionths, the sum of them exact, and the sum made a double by DuckDB's own rule.
/// </summary>
/// <remarks>
/// DuckDB 1.5 casts a double to <c>DECIMAL(38, 9)</c> by rounding <c>x × 10⁹</c> half away from zero, and a
/// <c>DECIMAL(38, 9)</c> to a double by dividing the whole number by 10⁹ when it is exactly a double, else by adding
/// its whole part to its fraction. <c>ExactSumsTests</c> compares both with DuckDB's own casts and sums.
/// </remarks>
internal static class ExactSums
{
    private const double Scale = 1e9;
    private const long ScaleInteger = 1_000_000_000;

    // Whole numbers up to 2^52 are exact doubles; DuckDB divides them directly (its fast path).
    private static readonly Int128 Exact = (Int128)1 << 52;

    /// <summary>The term <paramref name="x"/> as DuckDB's <c>DECIMAL(38, 9)</c>: billionths, rounded half away from zero.</summary>
    public static Int128 Term(double x) => (Int128)Math.Round(x * Scale, MidpointRounding.AwayFromZero);

    /// <summary>A sum of billionths as DuckDB's cast of a <c>DECIMAL(38, 9)</c> to a double gives it.</summary>
    public static double ToDouble(Int128 billionths)
    {
        if (billionths < Exact && billionths > -Exact)
        {
            return (long)billionths / Scale;
        }

        // Truncating division, as DuckDB's: the fraction has the sign of the sum.
        Int128 whole = billionths / ScaleInteger;
        long fraction = (long)(billionths % ScaleInteger);
        return (double)whole + (fraction / Scale);
    }
}
