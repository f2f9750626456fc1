namespace WelfareAtlas.Storage.Batches;

public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// One role's answers by the text of its column (asked of the mapping the first time a text is met); a role whose
    /// column is -1 (a constant) has one answer, for a <see langword="null"/> text.
    /// </summary>
    private sealed class TextAnswers<T>
    {
        private readonly int column;
        private readonly Func<string?, T> answer;
        private readonly Dictionary<string, T> answers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> bySpan;
        private readonly T constant = default!;
        private string? lastText;
        private T lastValue = default!;

        public TextAnswers(int column, Func<string?, T> answer, List<string>? texts = null)
        {
            this.column = column;
            this.answer = answer;
            Texts = texts;
            bySpan = answers.GetAlternateLookup<ReadOnlySpan<char>>();
            if (column < 0)
            {
                constant = answer(null);
            }
        }

        /// <summary>The texts met, in order, when the caller keeps them.</summary>
        public List<string>? Texts { get; }

        /// <summary>The answer for the row's text of the column.</summary>
        /// <exception cref="TooManyTextsException">More than <see cref="MaxDistinctTexts"/> distinct texts.</exception>
        public T Of(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields)
        {
            if (column < 0)
            {
                return constant;
            }

            // Rows come in runs of equal texts (an area's or a period's rows together): the last answer first.
            ReadOnlySpan<char> text = line[fields[column]];
            if (lastText is not null && text.SequenceEqual(lastText))
            {
                return lastValue;
            }

            if (!bySpan.TryGetValue(text, out string? known, out T? value))
            {
                if (answers.Count >= MaxDistinctTexts)
                {
                    throw new TooManyTextsException(column);
                }

                known = text.ToString();
                value = answer(known);
                answers.Add(known, value);
            }

            lastText = known;
            lastValue = value;
            return value;
        }
    }

    /// <summary>A column of more distinct texts than the bulk path maps one by one.</summary>
    private sealed class TooManyTextsException(int column) : Exception
    {
        public int Column { get; } = column;
    }
}
