using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Storage.Migrations;

/// <summary>The migrations compiled into this assembly, in the order they apply.</summary>
internal static partial class MigrationCatalogue
{
    /// <summary>Every migration, ascending by version; versions are unique and start at 1.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    private static List<Migration> Load()
    {
        Assembly assembly = typeof(MigrationCatalogue).Assembly;
        List<Migration> migrations = [];
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            Match match = FileName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using StreamReader reader = new(stream);
            migrations.Add(new Migration(
                int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration versions must run 1, 2, 3, … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    [GeneratedRegex(@"Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
