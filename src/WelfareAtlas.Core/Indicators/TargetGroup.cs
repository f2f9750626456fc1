namespace WelfareAtlas.Indicators;

/// <summary>The population groups of the city's welfare-promotion theme groups; an indicator with none describes the whole population.</summary>
public enum TargetGroup
{
    /// <summary>Lapset ja lapsiperheet / barn och barnfamiljer / children and families.</summary>
    ChildrenAndFamilies,

    /// <summary>Nuoret / unga / young people.</summary>
    YoungPeople,

    /// <summary>Ikääntyneet / äldre / elderly people.</summary>
    ElderlyPeople,

    /// <summary>Vammaiset ja pitkäaikaissairaat / personer med funktionsnedsättning och långtidssjuka / disabled and long-term patients.</summary>
    DisabledAndLongTermPatients,

    /// <summary>Mielenterveys- ja päihdekuntoutujat, asunnottomat / psykisk hälsa, hemlösa, missbrukare / mental health, homeless and substance users.</summary>
    MentalHealthHomelessSubstanceUsers,

    /// <summary>Maahan muuttaneet / invandrare / immigrants.</summary>
    Immigrants,
}
