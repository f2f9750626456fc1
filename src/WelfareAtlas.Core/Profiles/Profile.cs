using WelfareAtlas.Localisation;

namespace WelfareAtlas.Profiles;

/// <summary>A named welfare profile: indicators grouped into domains, each with the polarity it has in this profile.</summary>
/// <param name="Id">The stable identifier (lower-case a-z, 0-9, '-'), used in URLs.</param>
/// <param name="Name">The profile's name.</param>
/// <param name="Description">Who and what the profile is for.</param>
/// <param name="Domains">The domains in display order; each indicator appears at most once in a profile.</param>
public sealed record Profile(string Id, LocalisedText Name, LocalisedText Description, IReadOnlyList<ProfileDomain> Domains)
{
    /// <summary>Every indicator of the profile, domain by domain.</summary>
    public IEnumerable<ProfileIndicator> Indicators => Domains.SelectMany(domain => domain.Indicators);
}
