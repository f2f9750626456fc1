namespace WelfareAtlas.Import.Demo;

/// <summary>How much demo data to make.</summary>
public enum DemoScale
{
    /// <summary>Helsinki's real 84 postal areas and 148 sub-districts, 2015–2025 (PUHTI-like sources for a recent window).</summary>
    City,

    /// <summary>About 3,000 synthetic areas in 300 synthetic municipalities, every synthetic indicator, 10 years: for benchmarks.</summary>
    National,
}
