using System.Text.Json;
using System.Text.Json.Serialization;
using WelfareAtlas.Areas;

namespace WelfareAtlas.Web.Api;

/// <summary>An area as the API shows it.</summary>
/// <param name="Code">The area's code: <c>091</c>, a 10-character kokotunnus or a 5-digit postal code.</param>
/// <param name="Type">One of <c>city</c>, <c>major-district</c>, <c>district</c>, <c>sub-district</c>, <c>postal-area</c>.</param>
/// <param name="Names">The name in Finnish, Swedish and English.</param>
/// <param name="Parent">The code of the enclosing area; <see langword="null"/> for the city.</param>
/// <param name="Geometry">The boundary as a GeoJSON geometry (WGS 84), only when asked for with <c>geometry=true</c>.</param>
public sealed record AreaResponse(
    string Code,
    string Type,
    AreaNamesResponse Names,
    string? Parent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Geometry)
{
    /// <summary>Maps a domain area, with its shape when <paramref name="shape"/> is given.</summary>
    public static AreaResponse From(Area area, string? shape = null) => new(
        area.Code.Value,
        area.Type.ToSlug(),
        new AreaNamesResponse(area.Names.Fi, area.Names.Sv, area.Names.En),
        area.Parent?.Value,
        shape is null ? null : JsonDocument.Parse(shape).RootElement.Clone());
}
