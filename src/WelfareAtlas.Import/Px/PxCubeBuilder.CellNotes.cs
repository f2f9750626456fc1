using WelfareAtlas.Import.Cubes;

namespace WelfareAtlas.Import.Px;

/// <summary>Reading DATANOTECELL: a symbol shown beside the cells it addresses, kept as those cells' status.</summary>
internal sealed partial class PxCubeBuilder
{
    /// <summary>
    /// Gives every cell a <c>DATANOTECELL("v1",…,"vn")="symbol"</c> of the default language addresses that symbol as
    /// its status (for example <c>u</c>, unreliable), unless the cell already has one (a dot code for a missing value
    /// says more). A subkey is <c>*</c> (every value of the variable), a value's text in the default language or, as
    /// Statistics Sweden's own files also write, a value's code; a note that names an unknown value or has the wrong
    /// number of subkeys is a warning and is left out. Translations (<c>DATANOTECELL[sv]</c>) address the same cells
    /// in another language's value texts and are not read again.
    /// </summary>
    private void ApplyCellNotes(List<CubeDimension> dimensions, Dictionary<int, string> statuses)
    {
        List<PxEntry> notes = [.. entries.Where(e => e.Keyword == "DATANOTECELL" && (e.Language is null || e.Language == defaultLanguage))];
        if (notes.Count == 0)
        {
            return;
        }

        int[] strides = new int[dimensions.Count];
        int stride = 1;
        for (int i = dimensions.Count - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= dimensions[i].Categories.Count;
        }

        foreach (PxEntry note in notes)
        {
            string symbol = note.FirstText;
            if (note.Subkeys.Count != dimensions.Count)
            {
                Warn(note, "PX_CELLNOTE_SUBKEYS", $"DATANOTECELL has {note.Subkeys.Count} subkeys for {dimensions.Count} variables; the note is ignored.", string.Join(",", note.Subkeys));
                continue;
            }

            // Per variable: the positions the note addresses (all for "*").
            List<int[]> positions = [];
            for (int d = 0; d < dimensions.Count; d++)
            {
                string key = note.Subkeys[d];
                if (key == "*")
                {
                    positions.Add([.. Enumerable.Range(0, dimensions[d].Categories.Count)]);
                    continue;
                }

                int found = FindCategory(dimensions[d], key, byCode: false);
                found = found >= 0 ? found : FindCategory(dimensions[d], key, byCode: true);
                if (found < 0)
                {
                    Warn(note, "PX_CELLNOTE_UNKNOWN_VALUE", $"DATANOTECELL names \"{key}\", which is neither a value nor a code of variable \"{dimensions[d].Label.Default}\"; the note is ignored.", key);
                    positions.Clear();
                    break;
                }

                positions.Add([found]);
            }

            if (positions.Count == 0)
            {
                continue;
            }

            foreach (int index in Combinations(positions, strides))
            {
                statuses.TryAdd(index, symbol);
            }
        }
    }

    /// <summary>The row-major index of every combination of the given positions.</summary>
    private static IEnumerable<int> Combinations(List<int[]> positions, int[] strides)
    {
        IEnumerable<int> indices = [0];
        for (int d = 0; d < positions.Count; d++)
        {
            int[] here = positions[d];
            int s = strides[d];
            indices = indices.SelectMany(index => here.Select(p => index + (p * s)));
        }

        return indices;
    }
}
