using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Mapping;

/// <summary>What the store knows that validation needs: the area codes and each indicator's measure.</summary>
/// <param name="AreaCodes">Every known area code.</param>
/// <param name="Indicators">Every catalogued indicator with its measure.</param>
public sealed record ImportCatalogue(IReadOnlySet<string> AreaCodes, IReadOnlyDictionary<string, Measure> Indicators);
