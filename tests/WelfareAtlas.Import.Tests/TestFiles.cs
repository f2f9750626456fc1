namespace WelfareAtlas.Import.Tests;

/// <summary>Paths to the committed format fixtures and to the repository's real data folder.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>A file under tests/WelfareAtlas.Import.Tests/TestData/formats/, e.g. <c>px/…/BE101ACE.px</c>.</summary>
    public static string Format(string relative) =>
        Path.Combine(Root.Value, "tests", "WelfareAtlas.Import.Tests", "TestData", "formats", relative);

    /// <summary>A file of the bad-input corpus, tests/WelfareAtlas.Import.Tests/TestData/bad-input/ (see its README.md).</summary>
    public static string BadInput(string name) =>
        Path.Combine(Root.Value, "tests", "WelfareAtlas.Import.Tests", "TestData", "bad-input", name);

    /// <summary>A file under the repository's data/ folder, e.g. <c>paavo/…csv</c>.</summary>
    public static string Data(string relative) => Path.Combine(Root.Value, "data", relative);

    /// <summary>A path in a per-run temporary folder, for files a test writes itself.</summary>
    public static string Scratch(string name)
    {
        string directory = Path.Combine(Path.GetTempPath(), "welfare-atlas-import-tests");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WelfareAtlas.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No WelfareAtlas.slnx above {AppContext.BaseDirectory}.");
    }
}
