namespace WelfareAtlas.Statistics.Inequality;

/// <summary>The gap between the fifth of areas with the highest values and the fifth with the lowest, in one period.</summary>
/// <param name="Highest">The highest fifth's value: the mean of its areas' values weighted by their populations.</param>
/// <param name="Lowest">The lowest fifth's value, likewise.</param>
/// <param name="Gap">Highest − lowest: never below 0, as the areas are ranked by these values.</param>
/// <param name="Ratio">Highest / lowest; <see langword="null"/> when the lowest fifth's value is not above 0.</param>
/// <param name="Gap95">
/// The gap's approximate 95 % interval, from the areas' own intervals with the fifths taken as given; <see langword="null"/>
/// when an area in either fifth has no interval.
/// </param>
/// <param name="HighestAreas">How many areas are in the highest fifth (ties share a fifth, so it can be more than a fifth).</param>
/// <param name="LowestAreas">How many areas are in the lowest fifth.</param>
/// <param name="Areas">How many areas with a value were ranked.</param>
public sealed record AreaGap(double Highest, double Lowest, double Gap, double? Ratio, Interval? Gap95, int HighestAreas, int LowestAreas, int Areas);
