namespace WelfareAtlas.Import.Cubes;

/// <summary>What a cube is about, as its source file describes it.</summary>
/// <param name="Title">PX <c>TITLE</c>, JSON-stat <c>label</c>.</param>
public sealed record CubeMetadata(CubeText Title)
{
    /// <summary>An identifier of the table: PX <c>MATRIX</c>, JSON-stat <c>href</c>; <see langword="null"/> when the source gives none.</summary>
    public string? Id { get; init; }

    /// <summary>PX <c>CONTENTS</c>; <see langword="null"/> in JSON-stat.</summary>
    public CubeText? Contents { get; init; }

    /// <summary>PX <c>UNITS</c> (the table's unit when there is no content dimension); <see langword="null"/> when not given.</summary>
    public CubeText? Units { get; init; }

    /// <summary>PX <c>SOURCE</c>, JSON-stat <c>source</c>; <see langword="null"/> when not given.</summary>
    public CubeText? Source { get; init; }

    /// <summary>PX <c>LAST-UPDATED</c> or JSON-stat <c>updated</c>, as written (not always a date); <see langword="null"/> when not given.</summary>
    public string? Updated { get; init; }

    /// <summary>The default language code (PX <c>LANGUAGE</c>); <see langword="null"/> when the source does not say.</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>All language codes the texts are given in (PX <c>LANGUAGES</c>); empty when only one unnamed language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>PX <c>DECIMALS</c> (0–15): decimals stored in the data; <see langword="null"/> when not given.</summary>
    public int? Decimals { get; init; }

    /// <summary>PX <c>SHOWDECIMALS</c>: decimals to show; <see langword="null"/> when not given.</summary>
    public int? ShowDecimals { get; init; }

    /// <summary>PX <c>NOTE</c>/<c>NOTEX</c>, JSON-stat <c>note</c>, in source order.</summary>
    public IReadOnlyList<CubeText> Notes { get; init; } = [];

    /// <summary>
    /// Meanings of the status symbols that appear in <see cref="CubeCell.Status"/>: PX dot codes with their
    /// <c>DATASYMBOL1</c>–<c>6</c>/<c>DATASYMBOLNIL</c> texts (or the PX defaults), JSON-stat status codes when the source explains them.
    /// </summary>
    public IReadOnlyDictionary<string, string> StatusMeanings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
