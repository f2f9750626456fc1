using WelfareAtlas.Localisation;

namespace WelfareAtlas.Areas;

/// <summary>A statistical area: its code, type, names and place in the hierarchy.</summary>
/// <param name="Code">The area's code, unique across types.</param>
/// <param name="Type">The kind of area.</param>
/// <param name="Names">The name in Finnish, Swedish and English.</param>
/// <param name="Parent">
/// The enclosing area: the city for a major district or a postal area, the major district for a district,
/// the district for a sub-district; <see langword="null"/> only for the city.
/// </param>
public sealed record Area(AreaCode Code, AreaType Type, LocalisedText Names, AreaCode? Parent);
