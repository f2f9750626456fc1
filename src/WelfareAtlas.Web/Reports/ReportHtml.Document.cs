using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Reports;

/// <summary>The report's document around its body: the head with the print style sheet, and the escaping of its texts.</summary>
internal static partial class ReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static StringBuilder Begin(string title, Language language, bool forPdf)
    {
        StringBuilder html = new(1 << 16);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language.ToCode()}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{E(title)}</title><style>{Css}");
        if (!forPdf)
        {
            html.Append(CultureInfo.InvariantCulture, $"@page {{ @bottom-center {{ content: \"{UiStrings.For(language).Reports.Page} \" counter(page) \" / \" counter(pages); font-size: 8pt; }} }}");
        }

        html.Append("</style></head><body><main>");
        return html;
    }

    private static string End(StringBuilder html) => html.Append("</main></body></html>").ToString();

    /// <summary>Text escaped for HTML; letters such as ä and å stay as they are.</summary>
    internal static string E(string text) => Encoder.Encode(text);

    private const string Css = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
        body { margin: 0; }
        h1 { font-size: 22pt; margin: 0 0 6mm; }
        h2 { font-size: 15pt; margin: 6mm 0 3mm; break-after: avoid; }
        h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
        .cover { break-after: page; }
        .cover .kind { text-transform: uppercase; letter-spacing: 0.08em; color: #0000bf; font-weight: 700; }
        .cover-map svg { width: 100%; max-height: 110mm; }
        .cover-map figcaption, figcaption, .note { font-size: 8.5pt; color: #444; }
        .key-figures dl { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 3mm 8mm; }
        .key-figures dt { font-weight: 600; }
        .key-figures dd { margin: 0; }
        .key-figures .figure { font-size: 16pt; font-weight: 700; }
        .date { margin-top: 6mm; }
        .synthetic-note { border-left: 3px solid #b01038; padding-left: 3mm; }
        .tag-synthetic { font-size: 7pt; font-weight: 600; font-style: italic; color: #b01038; border: 1px solid #b01038; padding: 0 1mm; }
        .toc { break-after: page; }
        .page { break-before: page; }
        figure { margin: 0 0 4mm; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 8.5pt; }
        caption { text-align: left; font-weight: 600; padding: 1mm 0; }
        th, td { border-bottom: 1px solid #ccc; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid #1a1a1a; }
        tr { break-inside: avoid; }
        .num { text-align: right; }
        td.num { white-space: nowrap; }
        td.num .status { white-space: normal; }
        /* Eight columns within A4's 182 mm: the Finnish and Swedish headings are long single words ("Jämförelsevärde"). */
        .profile th, .profile td { padding: 1mm 1mm; }
        .profile thead th { font-size: 7.5pt; }
        .indicator { break-inside: avoid-page; }
        .old-note { padding: 0 0.3em; font-size: 0.85em; font-weight: 600; background: #ffe1a8; border: 1px solid #b36b00; white-space: nowrap; }
        .significance--worse { color: #b01038; font-weight: 600; }
        .significance--better { color: #0a7a3e; font-weight: 600; }
        .marker { font-size: 7pt; }
        .side-by-side { table-layout: fixed; }
        .side-by-side td, .side-by-side th { font-size: 7.5pt; padding: 0.6mm 1mm; white-space: normal; overflow-wrap: anywhere; }
        .side-by-side thead th:first-child { width: 20%; }
        .side-by-side .significance { display: block; }
        h1, h2, h3, caption, dt, dd, p, li { overflow-wrap: break-word; }
        /* On a screen, a column of A4's width; on a phone, one column of key figures, and the wide tables scroll in their
           own box, as on the site's pages, so that the report itself never scrolls sideways. */
        @media screen {
            main { max-width: 182mm; margin: 0 auto; padding: 4mm; }
            .table-scroll { max-width: 100%; overflow-x: auto; }
        }
        @media screen and (max-width: 600px) {
            html { font-size: 11pt; }
            h1 { font-size: 18pt; hyphens: auto; }
            .key-figures dl { grid-template-columns: minmax(0, 1fr); }
            table { font-size: 9pt; }
            /* The report's charts are the wide ones, for print: shrunk to a phone their text was 4 px, so they keep
               560 px and scroll sideways in their own box. */
            figure:not(.cover-map) { overflow-x: auto; }
            figure:not(.cover-map) svg { min-width: 560px; max-width: none; }
        }
        """;
}
