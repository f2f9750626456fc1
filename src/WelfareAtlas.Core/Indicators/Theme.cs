namespace WelfareAtlas.Indicators;

/// <summary>The welfare themes the city's welfare plan and reports group indicators by.</summary>
public enum Theme
{
    /// <summary>Ravitsemus / kost / nutrition.</summary>
    Nutrition,

    /// <summary>Talous ja toimeentulo / ekonomi och försörjning / finances and livelihood.</summary>
    Finances,

    /// <summary>Liikunta / motion / physical activity.</summary>
    PhysicalActivity,

    /// <summary>Mielen hyvinvointi / psykiskt välbefinnande / mental wellbeing.</summary>
    MentalWellbeing,

    /// <summary>Osallisuus / delaktighet / social inclusion.</summary>
    SocialInclusion,

    /// <summary>Palvelujen käyttö / användning av tjänster / use of services.</summary>
    UseOfServices,

    /// <summary>Väestö ja elinolot / befolkning och levnadsförhållanden / population and living conditions: context for the other themes.</summary>
    LivingConditions,
}
