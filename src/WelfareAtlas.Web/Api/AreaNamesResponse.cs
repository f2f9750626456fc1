namespace WelfareAtlas.Web.Api;

/// <summary>An area's name in the product's three languages.</summary>
/// <param name="Fi">Finnish.</param>
/// <param name="Sv">Swedish (the Finnish name where the source has no Swedish one, as for postal areas).</param>
/// <param name="En">English (the Finnish name where there is no English one, as the city's English pages do).</param>
public sealed record AreaNamesResponse(string Fi, string Sv, string En);
