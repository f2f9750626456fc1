namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

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
