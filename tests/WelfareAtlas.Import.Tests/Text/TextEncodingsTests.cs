using System.Text;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Tests.Text;

public sealed class TextEncodingsTests
{
    [Fact]
    public void Detect_Utf8Bom_GivesUtf8AndSkipsThreeBytes()
    {
        DetectedEncoding detected = TextEncodings.Detect([0xEF, 0xBB, 0xBF, (byte)'a'], isWholeFile: true);

        Assert.Equal(("utf-8", 3, "BOM"), (detected.Name, detected.PreambleLength, detected.Reason));
    }

    [Fact]
    public void Detect_Utf16LittleEndianBom_GivesUtf16()
    {
        DetectedEncoding detected = TextEncodings.Detect([0xFF, 0xFE, (byte)'a', 0], isWholeFile: true);

        Assert.Equal(("utf-16", 2), (detected.Name, detected.PreambleLength));
    }

    [Fact]
    public void Detect_Latin1Bytes_FallsBackToWindows1252()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("Töölö;1");

        DetectedEncoding detected = TextEncodings.Detect(latin1, isWholeFile: true);

        Assert.Equal(("windows-1252", "fallback"), (detected.Name, detected.Reason));
        Assert.Equal("Töölö;1", detected.Encoding.GetString(latin1));
    }

    [Fact]
    public void Detect_SampleCutInsideUtf8Character_StillUtf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("Töölö");

        // "Tö" plus the first byte of the next "ö": a cut sample, not invalid UTF-8.
        DetectedEncoding detected = TextEncodings.Detect(bytes.AsSpan(0, 4), isWholeFile: false);

        Assert.Equal("utf-8", detected.Name);
        Assert.False(TextEncodings.IsValidUtf8(bytes.AsSpan(0, 4), isWholeFile: true));
    }

    [Theory]
    [InlineData("iso-8859-1", 28591)]
    [InlineData("ISO-8859-15", 28605)]
    [InlineData("windows-1252", 1252)]
    [InlineData("ANSI", 1252)]
    [InlineData("utf-8", 65001)]
    public void FromName_DeclaredName_GivesCodePage(string name, int codePage)
    {
        Assert.Equal(codePage, TextEncodings.FromName(name)?.CodePage);
    }

    [Fact]
    public void FromName_UnknownName_GivesNull()
    {
        Assert.Null(TextEncodings.FromName("klingon-1"));
    }
}
