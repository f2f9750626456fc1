namespace WelfareAtlas.Observations;

/// <summary>The sex breakdown of an observation.</summary>
public enum Sex
{
    /// <summary>Everyone: no breakdown by sex.</summary>
    Total,

    /// <summary>Women and girls.</summary>
    Female,

    /// <summary>Men and boys.</summary>
    Male,
}
