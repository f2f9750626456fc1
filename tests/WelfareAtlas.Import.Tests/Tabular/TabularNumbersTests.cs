using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Tests.Tabular;

public sealed class TabularNumbersTests
{
    [Theory]
    [InlineData("12.5", DecimalSeparator.Point, 12.5)]
    [InlineData("-0.25", DecimalSeparator.Point, -0.25)]
    [InlineData("1e3", DecimalSeparator.Point, 1000)]
    [InlineData("12,5", DecimalSeparator.Comma, 12.5)]
    // Finnish formatting: no-break space groups and the U+2212 minus sign.
    [InlineData("1\u00A0234,5", DecimalSeparator.Comma, 1234.5)]
    [InlineData("\u22123,5", DecimalSeparator.Comma, -3.5)]
    [InlineData("1 234", DecimalSeparator.Comma, 1234)]
    public void TryParse_ValidNumber_GivesValue(string text, DecimalSeparator separator, double expected)
    {
        Assert.True(TabularNumbers.TryParse(text, separator, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    // A comma with a decimal point declared is not a thousands separator to guess about.
    [InlineData("1,5", DecimalSeparator.Point)]
    // A point in a decimal-comma file is reported, not read as grouping.
    [InlineData("1.234,5", DecimalSeparator.Comma)]
    [InlineData("12.5", DecimalSeparator.Comma)]
    [InlineData("abc", DecimalSeparator.Point)]
    public void TryParse_WrongShape_Fails(string text, DecimalSeparator separator)
    {
        Assert.False(TabularNumbers.TryParse(text, separator, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData(" ... ")]
    public void ParseCell_MissingMarker_GivesNullWithoutProblem(string text)
    {
        ReadReport report = new("f.csv");

        double? value = TabularNumbers.ParseCell(new TabularRow("f.csv", 4, null, ["091", text]), 1, DecimalSeparator.Point, report);

        Assert.Null(value);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void ParseCell_NotANumber_ReportsFileLineFieldAndValue()
    {
        ReadReport report = new("f.csv");

        double? value = TabularNumbers.ParseCell(new TabularRow("f.csv", 7, null, ["091", "12,5"]), 1, DecimalSeparator.Point, report);

        Assert.Null(value);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("CELL_NOT_NUMBER", "f.csv", 7, 2, "12,5", "line 7, field 2"), (problem.Code, problem.File, problem.Line, problem.Column, problem.Value, problem.Location));
    }

    [Fact]
    public void ParseCell_XlsxRow_ReportsSheetCell()
    {
        ReadReport report = new("w.xlsx");

        TabularNumbers.ParseCell(new TabularRow("w.xlsx", 3, "Data", ["a", "b", "x"]), 2, DecimalSeparator.Point, report);

        Assert.Equal("Data!C3", Assert.Single(report.Problems).Location);
    }
}
