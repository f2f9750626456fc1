using WelfareAtlas.Localisation;

namespace WelfareAtlas.Profiles;

/// <summary>A group of related indicators within a profile ("Livelihood", "Learning and growth").</summary>
/// <param name="Id">The identifier, unique within the profile (lower-case a-z, 0-9, '-').</param>
/// <param name="Name">The domain's heading.</param>
/// <param name="Indicators">The indicators in display order.</param>
public sealed record ProfileDomain(string Id, LocalisedText Name, IReadOnlyList<ProfileIndicator> Indicators);
