using System.CommandLine;
using System.Text.Json;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Cli.Areas;

/// <summary>Options and writers shared by the area commands.</summary>
internal static class AreaOutput
{
    /// <summary>JSON as the API writes it: camelCase, UTF-8 letters kept.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Option<bool> CreateJsonOption() => new("--json") { Description = "Write JSON (as the API's /api/v1/areas) instead of a table." };

    public static Option<string> CreateLanguageOption()
    {
        Option<string> option = new("--lang")
        {
            Description = "The language of the names in the table: fi, sv or en.",
            DefaultValueFactory = _ => "fi",
        };
        option.AcceptOnlyFromAmong("fi", "sv", "en");
        return option;
    }

    public static Language ParseLanguage(string code) => LanguageCodes.TryParse(code, out Language language) ? language : Language.Finnish;
}
