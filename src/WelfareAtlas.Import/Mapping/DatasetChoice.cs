using System.Globalization;
using System.Text.Json.Serialization;

namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// Which dataset of a JSON-stat collection a mapping describes (<c>"dataset"</c> in the spec): its label as a JSON
/// string, or its 1-based position among the file's datasets as a JSON number.
/// </summary>
/// <param name="Label">The dataset's <c>label</c> (its <c>href</c> when it has no label); <see langword="null"/> when chosen by position.</param>
/// <param name="Position">The 1-based position, in the order the datasets appear in the file; <see langword="null"/> when chosen by label.</param>
[JsonConverter(typeof(DatasetChoiceConverter))]
public sealed record DatasetChoice(string? Label, int? Position)
{
    /// <summary>The choice as the spec writes it: the label in quotes, or the position.</summary>
    public override string ToString() => Label is not null ? $"\"{Label}\"" : Position!.Value.ToString(CultureInfo.InvariantCulture);
}
