using WelfareAtlas.Indicators;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>The words for one category of an indicator's free dimension, as the pages name its group.</summary>
/// <param name="Dimension">The free dimension, as in a breakdown key (<c>topic</c>).</param>
/// <param name="Category">The category's code as delivered and as the breakdown key has it (<c>anxiety</c> in <c>topic=anxiety</c>).</param>
/// <param name="Name">The category in fi/sv/en ("ahdistus", "ångest", "anxiety").</param>
public sealed record CategoryNameView(string Dimension, string Category, TextView Name)
{
    /// <summary>The view of <paramref name="name"/>.</summary>
    public static CategoryNameView From(CategoryName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(name.Dimension, name.Category, TextView.From(name.Name));
    }
}
