namespace WelfareAtlas.Tests;

/// <summary>
/// Finds files of the repository (the real data in <c>data/</c>, committed documents, test data) from a
/// test's output folder, by walking up to the folder that holds <c>WelfareAtlas.slnx</c>.
/// </summary>
/// <remarks>Compiled into every test project (see Directory.Build.props).</remarks>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path below the root, from its parts.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "WelfareAtlas.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No WelfareAtlas.slnx above {AppContext.BaseDirectory}.");
    }
}
