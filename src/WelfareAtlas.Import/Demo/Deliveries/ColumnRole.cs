namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>What a column of a delivery file holds; written to the manifest as kebab-case.</summary>
public enum ColumnRole
{
    /// <summary>The area's code (postal code, kokotunnus or a synthetic code).</summary>
    AreaCode,

    /// <summary>The area's name, for people reading the file; not needed to import it.</summary>
    AreaName,

    /// <summary>The period, in the layout's period form.</summary>
    Period,

    /// <summary>Sex, in the layout's sex codes.</summary>
    Sex,

    /// <summary>Age band, in the layout's age codes.</summary>
    Age,

    /// <summary>The category of the free dimension (for example the chat topic), in the layout's category codes.</summary>
    Category,

    /// <summary>An indicator's numerator (people or events).</summary>
    Numerator,

    /// <summary>An indicator's denominator (population at risk).</summary>
    Denominator,

    /// <summary>An indicator's value given by the source (a share, a median).</summary>
    Value,

    /// <summary>Context the source adds (euros spent, baskets) that no indicator takes.</summary>
    Extra,
}
