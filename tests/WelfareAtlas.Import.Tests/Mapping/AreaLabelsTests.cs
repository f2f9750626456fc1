using WelfareAtlas.Import.Mapping;

namespace WelfareAtlas.Import.Tests.Mapping;

public sealed class AreaLabelsTests
{
    private static readonly Dictionary<string, string> SubDistricts = new(StringComparer.Ordinal) { ["392"] = "0915503392" };

    [Theory]
    [InlineData("00100  Helsinki keskusta - Etu-Töölö (Helsinki)", "postal-code", "00100")] // Paavo's PxWeb label
    [InlineData("730", "postal-code", "00730")] // a spreadsheet dropped the leading zeros
    [InlineData("00730", null, "00730")]
    [InlineData("91", "municipality", "091")] // Sotkanet without leading zero
    [InlineData("KU091", "municipality", "091")] // Statistics Finland's municipality prefix
    [InlineData("0915503392", "kokotunnus", "0915503392")]
    [InlineData("101", "district", "0911101000")] // Vironniemi's short district code
    [InlineData("000", "district", "091")] // the city in Helsinki alueittain
    [InlineData("5", "district", "0915000000")] // a major district in the same column
    [InlineData("5", "major-district", "0915000000")]
    [InlineData("392 Tapanila", "sub-district", "0915503392")]
    public void Normalise_SourceLabel_GivesTheCode(string label, string? kind, string expected) =>
        Assert.Equal(expected, AreaLabels.Normalise(label, kind, SubDistricts));

    [Theory]
    [InlineData("Helsinki", null)] // no code at all
    [InlineData("123456", "postal-code")] // too long for a postal code
    [InlineData("00100x", null)] // digits run into letters
    [InlineData("999", "sub-district")] // no such short code
    public void Normalise_NoCodeOfTheKind_IsNull(string label, string? kind) =>
        Assert.Null(AreaLabels.Normalise(label, kind, SubDistricts));
}
