namespace WelfareAtlas.Import.Px;

/// <summary>Kinds of item in a PX keyword value.</summary>
internal enum PxTokenKind
{
    /// <summary>A quoted string, with adjacent quoted strings on following lines already joined.</summary>
    String,

    /// <summary>An unquoted word or number: <c>YES</c>, <c>VALUES</c>, <c>0</c>, <c>2000</c>.</summary>
    Bare,

    /// <summary>A <c>-</c> between two strings: a range in a <c>TLIST</c>.</summary>
    Dash,

    /// <summary>A <c>:</c> between two strings: parent and child in <c>HIERARCHIES</c>.</summary>
    Colon,

    /// <summary><c>TLIST(scale)</c>; the text is the scale, such as <c>A1</c>.</summary>
    TimeList,
}
