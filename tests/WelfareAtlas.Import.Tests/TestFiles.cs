namespace WelfareAtlas.Import.Tests;

/// <summary>Paths to the committed format fixtures and to the repository's real data folder.</summary>
internal static class TestFiles
{
    /// <summary>A file under tests/WelfareAtlas.Import.Tests/TestData/formats/, e.g. <c>px/…/BE101ACE.px</c>.</summary>
    public static string Format(string relative) =>
        Path.Combine(RepositoryFiles.Root, "tests", "WelfareAtlas.Import.Tests", "TestData", "formats", relative);

    /// <summary>A file of the bad-input corpus, tests/WelfareAtlas.Import.Tests/TestData/bad-input/ (see its README.md).</summary>
    public static string BadInput(string name) =>
        Path.Combine(RepositoryFiles.Root, "tests", "WelfareAtlas.Import.Tests", "TestData", "bad-input", name);

    /// <summary>A file under the repository's data/ folder, e.g. <c>paavo/…csv</c>.</summary>
    public static string Data(string relative) => Path.Combine(RepositoryFiles.Root, "data", relative);

    /// <summary>A path in a per-run temporary folder, for files a test writes itself.</summary>
    public static string Scratch(string name)
    {
        string directory = Path.Combine(Path.GetTempPath(), "welfare-atlas-import-tests");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
