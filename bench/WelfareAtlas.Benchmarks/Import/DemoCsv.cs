using System.Globalization;
using System.Text;

namespace WelfareAtlas.Benchmarks.Import;

/// <summary>Writes a valid demo-shaped CSV (Finnish: ';', decimal comma) of any size, with unique keys.</summary>
internal static class DemoCsv
{
    public const string Mapping = """
        {
          "source": "bench-chat",
          "csv": { "delimiter": ";", "decimalSeparator": "comma", "encoding": "utf-8", "headerLine": 1 },
          "area": { "column": "alue", "kind": "kokotunnus" },
          "period": { "column": "kuukausi" },
          "indicator": { "constant": "chat-contacts" },
          "sex": { "column": "sukupuoli", "map": { "N": "female", "M": "male" }, "unmapped": "error" },
          "age": { "column": "ikäryhmä" },
          "breakdown": { "name": "topic", "field": { "column": "aihe" } },
          "values": [ { "numerator": "yhteydenotot", "denominator": "väestö" } ]
        }
        """;

    private static readonly string[] Ages = ["0-6", "7-17", "18-29", "30-64", "65+"];

    /// <summary>Writes <paramref name="rows"/> data rows over <paramref name="subDistricts"/>, months from 1950 on.</summary>
    public static void Write(string path, long rows, IReadOnlyList<string> subDistricts)
    {
        using StreamWriter writer = new(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("alue;kuukausi;sukupuoli;ikäryhmä;aihe;yhteydenotot;väestö\n");
        long n = 0;
        for (int month = 0; n < rows; month++)
        {
            string period = string.Create(CultureInfo.InvariantCulture, $"{1950 + (month / 12)}-{(month % 12) + 1:D2}");
            foreach (string area in subDistricts)
            {
                foreach (char sex in "NM")
                {
                    foreach (string age in Ages)
                    {
                        for (int topic = 0; topic < 7 && n < rows; topic++, n++)
                        {
                            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{area};{period};{sex};{age};t{topic};{n % 13};{100 + (n % 50)},5\n"));
                        }
                    }
                }
            }
        }
    }
}
