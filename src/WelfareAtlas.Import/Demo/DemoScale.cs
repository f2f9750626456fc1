namespace WelfareAtlas.Import.Demo;

/// <summary>How much demo data to make.</summary>
public enum DemoScale
{
    /// <summary>Helsinki's real 84 postal areas and 148 sub-districts, 2015–2025 (PUHTI-like sources for a recent window).</summary>
    City,

    /// <summary>A synthetic country (3,228 areas in 300 synthetic municipalities, with their hierarchy and crosswalk), every indicator of the catalogue, 10 years: for benchmarks.</summary>
    National,
}
