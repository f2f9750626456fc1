namespace WelfareAtlas.Import.Mapping;

/// <summary>Resolved columns.</summary>
public sealed partial class ObservationMapper
{
    private enum Outcome
    {
        Value,
        Skip,
        Unmapped,
    }

    /// <summary>A field resolved against the header: its column index (-1 for a constant) and its spec.</summary>
    private sealed record Column(string Name, int Index, FieldSpec Field)
    {
        /// <summary>The field's text for <paramref name="row"/> after the value map.</summary>
        public Outcome Read(SourceRow row, out string text) => Apply(Field.Constant is null ? row.Cells[Index] : null, out text);

        /// <summary>The field's text for the cell text <paramref name="cell"/> after the value map (the constant, if the field is one).</summary>
        public Outcome Apply(string? cell, out string text)
        {
            text = Field.Constant ?? cell!.Trim();
            if (Field.Map is null)
            {
                return Outcome.Value;
            }

            if (Field.Map.TryGetValue(text, out string? mapped))
            {
                text = mapped;
                return Outcome.Value;
            }

            if (Field.Default is not null)
            {
                text = Field.Default;
                return Outcome.Value;
            }

            return Field.Unmapped switch
            {
                "skip" => Outcome.Skip,
                "error" => Outcome.Unmapped,
                _ => Outcome.Value,
            };
        }

        /// <summary>The raw cell text, for a number column.</summary>
        public string Raw(SourceRow row) => row.Cells[Index];
    }

    /// <summary>The columns of one values entry.</summary>
    private sealed record ValueColumns(ValueSpec Spec, Column? Numerator, Column? Denominator, Column? Value, Column? Lower, Column? Upper)
    {
        /// <summary>The column that carries the observation: the numerator, else the value.</summary>
        public Column? Primary => Numerator ?? Value;
    }

    /// <summary>What a text resolved to, or the problem that rejects it (code and message, as the row path reports them).</summary>
    private readonly record struct Resolved<T>(T Value, string? ProblemCode = null, string? Message = null)
    {
        public bool IsProblem => ProblemCode is not null;

        public static Resolved<T> Problem(string code, string message) => new(default!, code, message);
    }
}
