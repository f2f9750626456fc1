using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Storage.Tests;

/// <summary>A tiny real slice of Helsinki: the city, one branch of its hierarchy down to Tapanila, and one postal area.</summary>
internal static class SampleGeography
{
    public static readonly AreaCode City = AreaCode.Parse("091");
    public static readonly AreaCode Koillinen = AreaCode.Parse("0915000000");
    public static readonly AreaCode Malmi = AreaCode.Parse("0915503000");
    public static readonly AreaCode Tapanila = AreaCode.Parse("0915503392");
    public static readonly AreaCode Postal00730 = AreaCode.Parse("00730");

    public static GeographyDataset Create() => new(
        [
            new Area(City, AreaType.City, new LocalisedText("Helsinki", "Helsingfors", "Helsinki"), null),
            new Area(Koillinen, AreaType.MajorDistrict, new LocalisedText("Koillinen", "Nordöstra", "North-Eastern"), City),
            new Area(Malmi, AreaType.District, new LocalisedText("Malmi", "Malm", "Malmi"), Koillinen),
            new Area(Tapanila, AreaType.SubDistrict, new LocalisedText("Tapanila", "Mosabacka", "Tapanila"), Malmi),
            new Area(Postal00730, AreaType.PostalArea, LocalisedText.Same("Tapanila"), City),
        ],
        new Dictionary<AreaCode, string>
        {
            [Tapanila] = """{"type":"Polygon","coordinates":[[[25.02,60.26],[25.04,60.26],[25.04,60.27],[25.02,60.26]]]}""",
        },
        [new AreaOverlap(Postal00730, Tapanila, 0.75, OverlapBasis.Area)]);
}
