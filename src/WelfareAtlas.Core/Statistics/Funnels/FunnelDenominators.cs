namespace WelfareAtlas.Statistics.Funnels;

/// <summary>The denominators at which a funnel point's four limits hold.</summary>
/// <param name="Lower95">For the lower 95 % limit.</param>
/// <param name="Upper95">For the upper 95 % limit.</param>
/// <param name="Lower998">For the lower 99.8 % limit.</param>
/// <param name="Upper998">For the upper 99.8 % limit.</param>
public sealed record FunnelDenominators(double Lower95, double Upper95, double Lower998, double Upper998);
