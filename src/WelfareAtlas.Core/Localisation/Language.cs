namespace WelfareAtlas.Localisation;

/// <summary>The languages of the product: Finland's two national languages and English.</summary>
public enum Language
{
    /// <summary>Finnish (<c>fi</c>).</summary>
    Finnish,

    /// <summary>Swedish (<c>sv</c>).</summary>
    Swedish,

    /// <summary>English (<c>en</c>).</summary>
    English,
}
