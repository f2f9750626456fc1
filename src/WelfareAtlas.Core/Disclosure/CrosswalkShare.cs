using WelfareAtlas.Areas;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Disclosure;

/// <summary>The share of a postal area's counts apportioned to a sub-district for one period (the store's derivation weights).</summary>
/// <param name="Period">The period the share was used for.</param>
/// <param name="PostalArea">The postal area.</param>
/// <param name="SubDistrict">The sub-district receiving the share.</param>
/// <param name="Weight">The share, in [0, 1]; 0 for a piece estimated to have no residents, which apportions nothing.</param>
public sealed record CrosswalkShare(Period Period, AreaCode PostalArea, AreaCode SubDistrict, double Weight);
