namespace WelfareAtlas.Storage.Batches;

/// <summary>The bulk path's numbering of one dimension of the batch's keys.</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// The distinct values of one key dimension of a batch (indicator ids, area codes, periods, breakdown keys), each
    /// numbered from 0 in the order first seen. Two values have the same number exactly when their texts are equal, so
    /// keys compared, grouped or counted by their numbers give what the texts would give.
    /// </summary>
    /// <param name="text">The value's text as stored in <c>observations</c>.</param>
    private sealed class KeyIndex<T>(Func<T, string> text)
        where T : notnull
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly List<T> values = [];

        /// <summary>How many distinct values are numbered.</summary>
        public int Count => values.Count;

        /// <summary>The values, by number.</summary>
        public IReadOnlyList<T> Values => values;

        /// <summary>The number of <paramref name="value"/>, given it the first time.</summary>
        public int Of(T value)
        {
            string key = text(value);
            if (!numbers.TryGetValue(key, out int number))
            {
                number = values.Count;
                numbers.Add(key, number);
                values.Add(value);
            }

            return number;
        }

        /// <summary>The stored text of <paramref name="value"/>.</summary>
        public string TextOf(T value) => text(value);
    }
}
