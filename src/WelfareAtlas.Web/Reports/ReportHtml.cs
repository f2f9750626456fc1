using System.Globalization;
using System.Text;
using WelfareAtlas.Localisation;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Forecasts;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Pages;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Reports;

/// <summary>
/// Writes a report as one self-contained HTML document for print: A4 pages, semantic headings (h1 cover, h2 sections,
/// h3 indicators) that become the PDF's tags and outline, charts as inline SVG drawn by the same code as the pages
/// (<see cref="SpineChart"/>, <see cref="TrendChart"/>, <see cref="PyramidChart"/>), and every number also as text in
/// a table, formatted for the reader's language (decimal comma in Finnish and Swedish).
/// </summary>
/// <remarks>
/// The document has no scripts and no external files, so the PDF printer needs no network. For printing from a
/// browser the page numbers come from CSS page-margin boxes (<c>@page { @bottom-center }</c>); the PDF printer leaves
/// those out (<c>forPdf</c>) and numbers the pages with Chromium's footer template instead.
/// </remarks>
internal static partial class ReportHtml
{
    /// <summary>The report of one area.</summary>
    public static string Write(AreaReport report, Language language, bool forPdf)
    {
        UiStrings text = UiStrings.For(language);
        AreaProfileView view = report.Profile;
        string title = string.Format(CultureInfo.InvariantCulture, text.Profiles.ProfileOfAreaTitle, view.Area.Names.In(language), view.Profile.Name.In(language));
        StringBuilder html = Begin(title, language, forPdf);
        html.Append("<header class=\"cover\">");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"kind\">{E(text.Reports.ReportKind)}</p><h1>{E(title)}</h1><p>{E(view.Profile.Description.In(language))}</p>");
        if (report.Shape is { } shape)
        {
            string caption = string.Format(CultureInfo.InvariantCulture, text.Reports.MapCaption, view.Area.Names.In(language));
            html.Append(CultureInfo.InvariantCulture, $"""<figure class="cover-map"><svg xmlns="http://www.w3.org/2000/svg" viewBox="{shape.ViewBox}" role="img" aria-label="{E(caption)}"><path d="{shape.PathData}" fill="#9fc9eb" stroke="#0000bf" stroke-width="2" vector-effect="non-scaling-stroke"/></svg><figcaption>{E(caption)}</figcaption></figure>""");
        }

        KeyFigures(html, view, language, text);
        Dated(html, report.Date, language, text);
        Synthetic(html, view.Cells, text);
        html.Append("</header>");

        Contents(html, text, view.Domains, view.Population is not null);
        AreaBody(html, report, language, text, headingLevel: 2, idPrefix: string.Empty);
        Methods(html, text);
        Sources(html, report, language, text);
        return End(html);
    }

    /// <summary>
    /// The city-wide report: the city's own report (summary, spine chart, one section per domain with trends and
    /// forecasts, population structure), the districts side by side, then each district in brief.
    /// </summary>
    public static string Write(CityReport report, Language language, bool forPdf)
    {
        UiStrings text = UiStrings.For(language);
        AreaProfileView city = report.City.Profile;
        string title = string.Format(CultureInfo.InvariantCulture, text.Reports.CityReportTitle, city.Profile.Name.In(language));
        StringBuilder html = Begin(title, language, forPdf);
        html.Append("<header class=\"cover\">");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"kind\">{E(text.Reports.ReportKind)}</p><h1>{E(title)}</h1><p>{E(city.Profile.Description.In(language))}</p>");
        string caption = string.Format(CultureInfo.InvariantCulture, text.Reports.MapCaption, city.Area.Names.In(language));
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"cover-map\">{report.Map.Render(caption)}<figcaption>{E(caption)}</figcaption></figure>");
        KeyFigures(html, city, language, text);
        Dated(html, report.City.Date, language, text);
        Synthetic(html, city.Cells, text);
        html.Append("</header>");

        Contents(html, text, city.Domains, city.Population is not null, report.Districts.Select(d => (d.Area.Code.ToString(), d.Area.Names.In(language))));
        AreaBody(html, report.City, language, text, headingLevel: 2, idPrefix: string.Empty);
        SideBySide(html, report.Overview, language, text);
        foreach (AreaProfileView district in report.Districts)
        {
            string name = district.Area.Names.In(language);
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"area-{district.Area.Code}\" class=\"page district\"><h2>{E(name)}</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(district.Summary.Text.In(language))}</p>");
            Spine(html, district, report.City, language, text, "spine-" + district.Area.Code);
            ProfileTable(html, district, language, text, "table-" + district.Area.Code, OldFigures.NewestEnd(district.Cells));
            html.Append("</section>");
        }

        Methods(html, text);
        Sources(html, report.City, language, text);
        return End(html);
    }

    private static void AreaBody(StringBuilder html, AreaReport report, Language language, UiStrings text, int headingLevel, string idPrefix)
    {
        AreaProfileView view = report.Profile;
        ProfileTexts t = text.Profiles;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{idPrefix}summary\" class=\"page\"><h{headingLevel}>{E(t.SummaryTitle)}</h{headingLevel}><p>{E(view.Summary.Text.In(language))}</p>");
        Spine(html, view, report, language, text, idPrefix + "spine-chart");
        html.Append("</section>");

        int domainIndex = 0;
        foreach (ProfileDomainView domain in view.Domains)
        {
            domainIndex++;
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{idPrefix}domain-{domainIndex}\" class=\"page domain\"><h{headingLevel}>{E(domain.Name.In(language))}</h{headingLevel}>");
            ProfileTable(html, view with { Domains = [domain] }, language, text, $"{idPrefix}table-{domainIndex}", OldFigures.NewestEnd(view.Cells));
            foreach (ProfileCellView cell in domain.Indicators)
            {
                Indicator(html, cell, report.Indicators.GetValueOrDefault(cell.Indicator), view, report, language, text, headingLevel + 1, $"{idPrefix}{cell.Indicator}");
            }

            html.Append("</section>");
        }

        if (view.Population is { } pyramid)
        {
            string pyramidTitle = string.Format(CultureInfo.InvariantCulture, t.PyramidTitle, view.Area.Names.In(language), PeriodLabels.Of(pyramid.Period, language));
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{idPrefix}population\" class=\"page\"><h{headingLevel}>{E(text.Reports.PopulationTitle)}</h{headingLevel}>");
            html.Append("<figure>").Append(Unique(PyramidChart.Render(pyramid, view.Area.Names.In(language), language, text, SourceLine(["population"], report, language, text)), "pyramid-chart", idPrefix + "pyramid-chart"))
                .Append(CultureInfo.InvariantCulture, $"<figcaption>{E(t.PyramidDescription)}</figcaption></figure>");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table><caption>{E(pyramidTitle)}</caption><thead><tr><th scope=\"col\">{E(t.AgeBand)}</th><th scope=\"col\" class=\"num\">{E(t.Men)}</th><th scope=\"col\" class=\"num\">{E(t.Women)}</th></tr></thead><tbody>");
            foreach (PyramidBand band in pyramid.Bands)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(band.Shown())}</th><td class=\"num\">{N(band.Male, language, 0)}</td><td class=\"num\">{N(band.Female, language, 0)}</td></tr>");
            }

            html.Append("</tbody></table></div></section>");
        }
    }

    /// <summary>The cell's indicator with the group it shows when that is not everyone, as the pages name it.</summary>
    private static string Named(ProfileCellView cell, Language language) => Localisation.BreakdownLabels.Named(cell.Name.In(language), cell.Breakdown, language);

    private static void Indicator(StringBuilder html, ProfileCellView cell, IndicatorHistory? history, AreaProfileView view, AreaReport report, Language language, UiStrings text, int level, string id)
    {
        ProfileTexts t = text.Profiles;
        ReportTexts r = text.Reports;
        int decimals = AtlasPageModel.DecimalsOf(cell.Measure);
        SeriesView? shown = history?.Series?.Shown(cell.Measure);
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"indicator\" id=\"{id}\"><h{level}>{E(Named(cell, language))}{Tag(cell.Synthetic, text)}</h{level}>");
        if (shown is { Points.Count: > 1 } series)
        {
            string chart = TrendChart.Render(series, Named(cell, language), language, text, Source(view with { Domains = [new ProfileDomainView(string.Empty, cell.Name, [cell])] }, report, language, text), decimals: decimals);
            html.Append("<figure>").Append(Unique(chart, "trend-chart", id + "-trend")).Append("</figure>");
        }

        if (shown is { Points.Count: > 0 } points)
        {
            // The city's own series has no city line beside it: no column of dashes.
            bool hasCity = points.City.Count > 0;
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table class=\"series\"><caption>{E(r.TrendTitle)}: {E(cell.Name.In(language))} ({E(cell.Unit.In(language))})</caption><thead><tr><th scope=\"col\">{E(t.Period)}</th><th scope=\"col\" class=\"num\">{E(t.Value)}</th><th scope=\"col\" class=\"num\">{E(t.Lower95)}</th><th scope=\"col\" class=\"num\">{E(t.Upper95)}</th>{(hasCity ? $"<th scope=\"col\" class=\"num\">{E(t.CityLine)}</th>" : string.Empty)}</tr></thead><tbody>");
            Dictionary<string, SeriesPoint> city = points.City.ToDictionary(p => p.Period, StringComparer.Ordinal);
            foreach (SeriesPoint point in points.Points)
            {
                SeriesPoint? benchmark = city.GetValueOrDefault(point.Period);
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(PeriodLabels.Of(point.Period, language))}</th><td class=\"num\">{ValueOrMarker(point.Value, point.Disclosure, language, text, decimals: decimals)}</td><td class=\"num\">{N(point.Ci95?.Lower, language, decimals)}</td><td class=\"num\">{N(point.Ci95?.Upper, language, decimals)}</td>{(hasCity ? $"<td class=\"num\">{(benchmark is null ? "–" : ValueOrMarker(benchmark.Value, benchmark.Disclosure, language, text, decimals: decimals))}</td>" : string.Empty)}</tr>");
            }

            html.Append("</tbody></table></div>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(r.NoData)}</p>");
        }

        if (history is { Forecasts.Count: > 0 } ahead)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table class=\"forecast\"><caption>{E(r.ForecastTitle)}: {E(cell.Name.In(language))}</caption><thead><tr><th scope=\"col\">{E(t.Period)}</th><th scope=\"col\" class=\"num\">{E(r.ForecastValue)}</th><th scope=\"col\" class=\"num\">{E(r.Prediction80)}</th><th scope=\"col\" class=\"num\">{E(r.Prediction95)}</th></tr></thead><tbody>");
            foreach (PeriodForecast forecast in ahead.Forecasts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(PeriodLabels.Of(forecast.Period, language))}</th><td class=\"num\">{N(forecast.Value, language, decimals)}</td><td class=\"num\">{N(forecast.Lower80, language, decimals)}–{N(forecast.Upper80, language, decimals)}</td><td class=\"num\">{N(forecast.Lower95, language, decimals)}–{N(forecast.Upper95, language, decimals)}</td></tr>");
            }

            html.Append("</tbody></table></div>");
            Accuracy(html, ahead.Accuracy, language, r);
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(r.ForecastNote)}</p>");
        }

        html.Append("</article>");
    }

    /// <summary>
    /// The backtested accuracy beside a forecast: MASE of the method and of both naive forecasts, the intervals'
    /// coverage, and the verdict, naming the naive forecast that won when the method does not beat it.
    /// </summary>
    private static void Accuracy(StringBuilder html, IndicatorForecastAccuracy? accuracy, Language language, ReportTexts r)
    {
        if (accuracy is not { } a)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"accuracy\">{E(r.NoAccuracy)}</p>");
            return;
        }

        string seasonal = a.SeasonalNaiveMase is { } s ? string.Format(CultureInfo.InvariantCulture, r.SeasonalNaiveAccuracy, SvgChart.Format(s, language, 2)) : string.Empty;
        string measured = string.Format(CultureInfo.InvariantCulture, r.ForecastAccuracy, SvgChart.Format(a.Series, language, 0), SvgChart.Format(a.Forecasts, language, 0), SvgChart.Format(a.Mase, language, 2), SvgChart.Format(a.NaiveMase, language, 2), seasonal, Percent(a.Coverage80, language), Percent(a.Coverage95, language));
        string verdict = NaiveVerdicts.Named(a) is { } winner
            ? string.Format(CultureInfo.InvariantCulture, r.DoesNotBeatNaive, winner == NaiveForecast.SamePeriodLastSeason ? r.NaiveSeasonal : r.NaiveLastValue, SvgChart.Format(NaiveVerdicts.MaseOf(a, winner), language, 2), SvgChart.Format(a.Mase, language, 2))
            : r.BeatsNaive;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"accuracy\">{E(measured)}</p><p class=\"accuracy verdict verdict--{(a.BeatsNaive ? "beats-naive" : "not-better-than-naive")}\">{E(verdict)}</p>");
    }

    /// <summary>A share (0–1) as a percentage for the reader (plain text: the caller escapes it).</summary>
    private static string Percent(double share, Language language) => SvgChart.Format(share * 100, language, 1) + "\u00a0%";

    /// <param name="html">The report so far.</param>
    /// <param name="view">The cells of the table (one domain of a profile, or a whole profile).</param>
    /// <param name="language">The report's language.</param>
    /// <param name="text">The interface's texts.</param>
    /// <param name="id">The table's id.</param>
    /// <param name="newestEnd">The end of the whole profile's newest figure, against which a row's figure is old (<see cref="OldFigures"/>).</param>
    private static void ProfileTable(StringBuilder html, AreaProfileView view, Language language, UiStrings text, string id, DateOnly? newestEnd)
    {
        ProfileTexts t = text.Profiles;
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table class=\"profile\" id=\"{id}\"><caption>{E(view.Area.Names.In(language))}: {E(view.Profile.Name.In(language))}</caption><thead><tr>");
        foreach (string heading in (string[])[t.Indicator, t.Period, t.Value, t.Lower95, t.Upper95, t.BenchmarkValue, t.Comparison, t.TrendHeading])
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(heading)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        bool anyOld = false;
        foreach (ProfileCellView cell in view.Cells)
        {
            int decimals = AtlasPageModel.DecimalsOf(cell.Measure);
            bool old = cell.Value is not null && OldFigures.IsOld(cell.Period, newestEnd);
            anyOld |= old;
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(Named(cell, language))}{Tag(cell.Synthetic, text)}</th><td>{E(cell.Period is null ? "–" : PeriodLabels.Of(cell.Period, language))}{(old ? $" <span class=\"old-note\">{E(t.OldFigure)}</span>" : string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{ValueOrMarker(cell.Value, cell.Disclosure, language, text, cell.Status, decimals)}</td><td class=\"num\">{N(cell.Ci95?.Lower, language, decimals)}</td><td class=\"num\">{N(cell.Ci95?.Upper, language, decimals)}</td><td class=\"num\">{N(cell.Comparison.BenchmarkValue, language, decimals)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"significance significance--{cell.Comparison.At95}\">{E(t.Significance.GetValueOrDefault(cell.Comparison.At95, cell.Comparison.At95))}</span></td><td>{E(t.Trend.GetValueOrDefault(cell.Trend.Judgement, cell.Trend.Judgement))}</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (anyOld)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\"><span class=\"old-note\">{E(t.OldFigure)}</span>: {E(t.OldFigureNote)}</p>");
        }
    }

    private static void SideBySide(StringBuilder html, OverviewView overview, Language language, UiStrings text)
    {
        ReportTexts r = text.Reports;
        ProfileTexts t = text.Profiles;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"districts\" class=\"page\"><h2>{E(r.DistrictsSideBySide)}</h2><p>{E(r.DistrictsIntro)}</p>");
        List<OverviewRow> rows = [.. overview.Rows.OrderBy(row => row.Area.Names.In(language), StringComparer.Create(ProfileSummaryWriter.Culture(language), ignoreCase: false))];
        // Five indicators per table keep a table within an A4 page's width: the table's layout is fixed and its
        // headers (long indicator names) wrap, so the columns share the width instead of running off the paper.
        foreach (int[] chunk in Enumerable.Range(0, overview.Columns.Count).Chunk(5))
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table class=\"side-by-side\"><caption>{E(overview.Profile.Name.In(language))}</caption><thead><tr><th scope=\"col\">{E(t.Area)}</th>");
            foreach (int c in chunk)
            {
                OverviewColumn column = overview.Columns[c];
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">{E(Localisation.BreakdownLabels.Named(column.Name.In(language), column.Breakdown, language))}{(column.Period is null ? string.Empty : $" {E(PeriodLabels.Of(column.Period, language))}")}{Tag(column.Synthetic, text)}</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (OverviewRow row in rows)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(row.Area.Names.In(language))}</th>");
                foreach (int c in chunk)
                {
                    OverviewCell cell = row.Cells[c];
                    string significance = cell.Value is null ? string.Empty : $" <span class=\"significance significance--{cell.Significance}\">{E(t.Significance.GetValueOrDefault(cell.Significance, cell.Significance))}</span>";
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{ValueOrMarker(cell.Value, cell.Disclosure, language, text, cell.Status)}{significance}</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("</section>");
    }

    private static void Spine(StringBuilder html, AreaProfileView view, AreaReport report, Language language, UiStrings text, string id)
    {
        ProfileTexts t = text.Profiles;
        string chart = SpineChart.Render(view, language, text, Source(view, report, language, text));
        html.Append("<figure class=\"spine\">").Append(Unique(chart, "spine-chart", id)).Append(CultureInfo.InvariantCulture, $"<figcaption>{E(SpineChart.Description(view, t))}</figcaption></figure>");
    }

    private static void KeyFigures(StringBuilder html, AreaProfileView view, Language language, UiStrings text)
    {
        // The significant differences first (worse, then better), then the rest, as far as six figures.
        List<ProfileCellView> figures = [.. view.Cells
            .Where(c => c.Value is not null)
            .OrderBy(c => c.Comparison.At95 switch { "worse" => 0, "better" => 1, "higher" or "lower" => 2, _ => 3 })
            .Take(6)];
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"key-figures\" aria-labelledby=\"key-figures-title\"><h2 id=\"key-figures-title\">{E(text.Reports.KeyFigures)}</h2><dl>");
        foreach (ProfileCellView cell in figures)
        {
            string comparison = text.Profiles.Significance.GetValueOrDefault(cell.Comparison.At95, cell.Comparison.At95);
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>{E(Named(cell, language))} ({E(PeriodLabels.Of(cell.Period, language))}){Tag(cell.Synthetic, text)}</dt><dd><span class=\"figure\">{N(cell.Value, language, AtlasPageModel.DecimalsOf(cell.Measure))}</span> {E(cell.Unit.In(language))} <span class=\"significance significance--{cell.Comparison.At95}\">{E(comparison)}</span></dd></div>");
        }

        html.Append("</dl></section>");
    }

    /// <summary>The table of contents: the summary, the domains, the population structure, in the city report the districts, then methods and sources.</summary>
    private static void Contents(StringBuilder html, UiStrings text, IReadOnlyList<ProfileDomainView> domains, bool population, IEnumerable<(string Code, string Name)>? districts = null)
    {
        html.Append(CultureInfo.InvariantCulture, $"<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">{E(text.Reports.Contents)}</h2><ol><li><a href=\"#summary\">{E(text.Profiles.SummaryTitle)}</a></li>");
        for (int i = 0; i < domains.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#domain-{i + 1}\">{E(domains[i].Name.In(text.Language))}</a></li>");
        }

        if (population)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#population\">{E(text.Reports.PopulationTitle)}</a></li>");
        }

        if (districts is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#districts\">{E(text.Reports.DistrictsSideBySide)}</a></li>");
            foreach ((string code, string name) in districts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#area-{code}\">{E(name)}</a></li>");
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#methods\">{E(text.Reports.MethodsTitle)}</a></li><li><a href=\"#sources\">{E(text.Reports.SourcesTitle)}</a></li></ol></nav>");
    }

    private static void Methods(StringBuilder html, UiStrings text)
    {
        ReportTexts r = text.Reports;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"methods\" class=\"page\"><h2>{E(r.MethodsTitle)}</h2>");
        foreach (string paragraph in r.MethodsText)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(r.DisclosureTitle)}</h3><p>{E(r.DisclosureText)}</p></section>");
    }

    private static void Sources(StringBuilder html, AreaReport report, Language language, UiStrings text)
    {
        ReportTexts r = text.Reports;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"sources\"><h2>{E(r.SourcesTitle)}</h2><ul>");
        foreach (string source in report.Profile.Cells.Select(c => c.Indicator).Distinct(StringComparer.Ordinal).Select(id => SourceOf(report, id, language)).Distinct(StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(source)}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><div class=\"table-scroll\"><table class=\"vintages\"><caption>{E(r.SourcesTitle)}</caption><thead><tr><th scope=\"col\">{E(r.Batch)}</th><th scope=\"col\">{E(r.Source)}</th><th scope=\"col\">{E(r.File)}</th><th scope=\"col\">{E(r.Imported)}</th></tr></thead><tbody>");
        foreach (VintageView vintage in report.Vintages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{vintage.Id}</th><td>{E(vintage.Source)}</td><td>{E(vintage.FileName)}</td><td>{E(Date(DateOnly.FromDateTime(vintage.ImportedAt), language))}</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    private static string SourceOf(AreaReport report, string indicator, Language language) =>
        report.Sources.TryGetValue(indicator, out TextView? source) ? source.In(language) : string.Empty;

    private static void Dated(StringBuilder html, DateOnly date, Language language, UiStrings text) =>
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"date\">{E(string.Format(CultureInfo.InvariantCulture, text.Reports.PrintedOn, Date(date, language)))}</p>");

    /// <summary>The tag after a synthetic indicator's name: the note at the top cannot say which rows it means.</summary>
    private static string Tag(bool synthetic, UiStrings text) =>
        synthetic ? $" <span class=\"tag-synthetic\">{E(text.Profiles.Synthetic)}</span>" : string.Empty;

    private static void Synthetic(StringBuilder html, IEnumerable<ProfileCellView> cells, UiStrings text)
    {
        if (cells.Any(c => c.Synthetic))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"synthetic-note\"><strong>{E(text.Profiles.Synthetic)}:</strong> {E(text.Profiles.SyntheticNote)}</p>");
        }
    }

    /// <summary>A chart's source line: the sources of the indicators drawn and the report's date.</summary>
    private static string Source(AreaProfileView view, AreaReport report, Language language, UiStrings text) =>
        SourceLine(view.Cells.Select(c => c.Indicator), report, language, text);

    private static string SourceLine(IEnumerable<string> indicators, AreaReport report, Language language, UiStrings text) =>
        // Every source, as on the pages: the chart wraps its source line to its width (SvgChart).
        text.Profiles.SourceLineOf(indicators.Select(id => SourceOf(report, id, language)), report.Date);

    private static string ValueOrMarker(double? value, DisclosureView disclosure, Language language, UiStrings text, string? status = null, int decimals = 1)
    {
        string marker = disclosure.Marker.Length == 0 ? string.Empty : $" <sup class=\"marker\">{E(disclosure.Marker)}</sup>";
        // A cell disclosure control withholds says so, whatever the source's status was.
        string why = ShownStatus.Of(status ?? "no-data", disclosure);
        return value is { } number
            ? N(number, language, decimals) + marker
            : $"<span class=\"status\">{E(text.Profiles.Status.GetValueOrDefault(why, text.Reports.NoData))}</span>" + marker;
    }

    /// <summary>A number for the reader: the language's decimal mark and digit grouping; a dash for none.</summary>
    internal static string N(double? value, Language language, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? E(SvgChart.Format(v, language, decimals)) : "–";

    private static string Date(DateOnly date, Language language) => language switch
    {
        Language.English => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
        _ => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Gives a chart's ids a prefix of its own: a report holds many charts of a kind, and ids must be unique in a document.</summary>
    private static string Unique(string svg, string id, string unique) =>
        svg.Replace($"\"{id}\"", $"\"{unique}\"", StringComparison.Ordinal)
            .Replace($"\"{id}-title", $"\"{unique}-title", StringComparison.Ordinal)
            .Replace($"{id}-title {id}-desc", $"{unique}-title {unique}-desc", StringComparison.Ordinal)
            .Replace($"\"{id}-desc\"", $"\"{unique}-desc\"", StringComparison.Ordinal);
}
