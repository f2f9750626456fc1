using System.Text.Json;
using System.Text.Json.Serialization;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Indicators;

/// <summary>The JSON form of an indicator's metadata in the <c>indicators.metadata</c> column: camelCase, enums as kebab-case strings.</summary>
internal static class IndicatorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new IndicatorIdConverter() },
    };

    private sealed class IndicatorIdConverter : JsonConverter<IndicatorId>
    {
        public override IndicatorId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IndicatorId.TryParse(reader.GetString(), out IndicatorId id, out string? error) ? id : throw new JsonException(error);

        public override void Write(Utf8JsonWriter writer, IndicatorId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
