using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo.Deliveries;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Import.Demo;

/// <summary>One of the city's register deliveries by sub-district and year, and the model of its proportion.</summary>
/// <param name="Indicator">The catalogue indicator.</param>
/// <param name="FilePrefix">The file name before the years (<c>lastensuojeluilmoitukset_osa-alueittain</c>).</param>
/// <param name="Format">CSV or XLSX (at city scale; the national scale writes CSV).</param>
/// <param name="Encoding">The CSV encoding.</param>
/// <param name="NumeratorHeader">The Finnish header of the numerator.</param>
/// <param name="DenominatorHeader">The Finnish header of the denominator.</param>
/// <param name="Denominator">The denominator of an area in a year, from the population table.</param>
/// <param name="BaseRate">The proportion in an average area (deprivation 0) in the reference year, calibrated in docs/demo-data.md.</param>
/// <param name="Deprivation">Change of the log-odds per unit of deprivation.</param>
/// <param name="AreaSpread">Standard deviation of the area's own lasting log-odds deviation.</param>
/// <param name="YearShift">Change of the log-odds in a year (the city-wide trend and shocks).</param>
internal sealed record RegisterSpec(
    IndicatorId Indicator,
    string FilePrefix,
    DeliveryFormat Format,
    DeliveryEncoding Encoding,
    string NumeratorHeader,
    string DenominatorHeader,
    Func<DemoSetting, AreaCode, int, int> Denominator,
    double BaseRate,
    double Deprivation,
    double AreaSpread,
    Func<int, double> YearShift);
