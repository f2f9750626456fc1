using WelfareAtlas.Localisation;

namespace WelfareAtlas.Indicators;

/// <summary>The words for one category of an indicator's free dimension (<c>topic=anxiety</c>), as pages name the group.</summary>
/// <param name="Dimension">The free dimension, as in a breakdown key (<c>topic</c>).</param>
/// <param name="Category">The category's code within it, as delivered (<c>anxiety</c>).</param>
/// <param name="Name">The category in Finnish, Swedish and English as it reads within a list of groups: "ahdistus", "ångest", "anxiety".</param>
public sealed record CategoryName(string Dimension, string Category, LocalisedText Name);
