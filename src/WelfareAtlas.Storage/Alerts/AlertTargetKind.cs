namespace WelfareAtlas.Storage.Alerts;

/// <summary>What a subscription follows.</summary>
public enum AlertTargetKind
{
    /// <summary>Every indicator of one area.</summary>
    Area,

    /// <summary>One indicator in every area.</summary>
    Indicator,

    /// <summary>Every indicator of one profile, in every area.</summary>
    Profile,
}
