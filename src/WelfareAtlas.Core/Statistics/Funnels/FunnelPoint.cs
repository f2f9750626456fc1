namespace WelfareAtlas.Statistics.Funnels;

/// <summary>One of the 100 points of a funnel plot's control-limit lines.</summary>
/// <param name="X">The x axis: population (proportions), observed events (ratios) or events (rates).</param>
/// <param name="Lower95">The lower 95 % (2 sigma) limit.</param>
/// <param name="Upper95">The upper 95 % limit.</param>
/// <param name="Lower998">The lower 99.8 % (3 sigma) limit.</param>
/// <param name="Upper998">The upper 99.8 % limit.</param>
/// <param name="Denominators">
/// The denominators at which each limit holds: expected events for ratios, population per year for rates;
/// <see langword="null"/> for proportions.
/// </param>
public sealed record FunnelPoint(
    double X,
    double Lower95,
    double Upper95,
    double Lower998,
    double Upper998,
    FunnelDenominators? Denominators = null);
