using System.Text;
using System.Text.Json;
using WelfareAtlas.Areas;

namespace WelfareAtlas.Web.Maps;

/// <summary>Writes areas and their shapes as one GeoJSON FeatureCollection (RFC 7946, WGS 84).</summary>
internal static class MapLayer
{
    /// <summary>One feature per area that has a shape; <c>id</c> and <c>properties.code</c> are the area code.</summary>
    public static string ToFeatureCollection(IEnumerable<Area> areas, IReadOnlyDictionary<AreaCode, string> shapes)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (Area area in areas)
            {
                if (!shapes.TryGetValue(area.Code, out string? shape))
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("type", "Feature");
                writer.WriteString("id", area.Code.Value);
                writer.WriteStartObject("properties");
                writer.WriteString("code", area.Code.Value);
                writer.WriteString("type", area.Type.ToSlug());
                writer.WriteString("name_fi", area.Names.Fi);
                writer.WriteString("name_sv", area.Names.Sv);
                writer.WriteString("name_en", area.Names.En);
                writer.WriteString("parent", area.Parent?.Value);
                writer.WriteEndObject();
                writer.WritePropertyName("geometry");
                writer.WriteRawValue(shape, skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
