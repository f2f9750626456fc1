namespace WelfareAtlas.Web.Maps;

/// <summary>How the indicator page's map shows one area: the page's map script reads it as JSON, the map download draws it.</summary>
/// <param name="Class">The map class: a comparison (<c>better</c> … <c>not-compared</c>), a quintile (<c>q1</c>–<c>q5</c>), <c>no-data</c> or <c>suppressed</c>.</param>
/// <param name="Label">The class in the page's words, as the legend says it.</param>
/// <param name="Name">The area's name in the page's language.</param>
/// <param name="Value">The value as the page writes it, or the class's words when there is none.</param>
internal sealed record MapAreaClass(string Class, string Label, string Name, string Value);
