using System.Text.Json;
using System.Text.Json.Serialization;

namespace WelfareAtlas.Import.Mapping;

/// <summary>Reads <c>"dataset"</c> as a label (a JSON string) or a position (a JSON whole number); anything else is not valid.</summary>
internal sealed class DatasetChoiceConverter : JsonConverter<DatasetChoice>
{
    private const string Expected = "\"dataset\" must be the label of a dataset of the JSON-stat collection (a string) or its 1-based position (a whole number)";

    public override DatasetChoice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new DatasetChoice(reader.GetString(), null),
        JsonTokenType.Number when reader.TryGetInt32(out int position) => new DatasetChoice(null, position),
        _ => throw new JsonException($"{Expected}, not {Describe(ref reader)}."),
    };

    public override void Write(Utf8JsonWriter writer, DatasetChoice value, JsonSerializerOptions options)
    {
        if (value.Label is not null)
        {
            writer.WriteStringValue(value.Label);
        }
        else
        {
            writer.WriteNumberValue(value.Position!.Value);
        }
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => "the number " + System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => "null",
    };
}
