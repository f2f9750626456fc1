using WelfareAtlas.Areas;

namespace WelfareAtlas.Import.Demo;

/// <summary>An area the generator makes data for, with the structure that drives its rates.</summary>
/// <param name="Code">The area's code.</param>
/// <param name="Name">The area's name as a producer would write it.</param>
/// <param name="Deprivation">
/// The deprivation score: a z-score (mean 0, standard deviation 1 over Helsinki's postal areas) of Paavo's
/// unemployment, low income, basic education only and single parents, less tertiary education.
/// </param>
/// <param name="UnemploymentRate">Paavo's unemployment rate, 0–1 (2023), for reports and tests.</param>
/// <param name="Effect">The area's own lasting deviation on the logit scale (standard normal; each model scales it).</param>
public sealed record DemoArea(AreaCode Code, string Name, double Deprivation, double UnemploymentRate, double Effect);
