using System.Runtime.InteropServices;

namespace WelfareAtlas.Storage.Batches;

/// <summary>The sums up the hierarchy of a file written straight into the store, computed in .NET while it is read.</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// The sums of <see cref="SumKeyedToParents"/> computed in .NET, with the same rows, the same rules and the same
    /// exact decimals (<see cref="ExactSums"/>): each level (sub-districts, districts, major districts as children)
    /// groups its rows by indicator, parent area, period and breakdown, and a parent gets a row when every child it
    /// waits for is there, some row is summable (an additive indicator, no given value) and the file does not deliver
    /// the parent's own key. A derived row of one level is a row of the level of its own area's type.
    /// </summary>
    /// <remarks>
    /// Keys are the store's keys throughout. The delivered rows are added while the file is read (on the reading
    /// thread); <see cref="Derive"/> then works the levels from the bottom, reading back each level's derived rows as the
    /// SQL does, as doubles rounded to billionths again.
    /// </remarks>
    private sealed class HierarchySums
    {
        /// <summary>The area types whose areas are summed into their parents, bottom up (the SQL's levels).</summary>
        public static readonly string[] ChildTypes = ["sub-district", "district", "major-district"];

        private readonly Dictionary<int, AreaPlace> places;
        private readonly Dictionary<int, int> expected;
        private readonly Dictionary<GroupKey, Group>[] levels = [.. ChildTypes.Select(_ => new Dictionary<GroupKey, Group>())];
        private readonly HashSet<GroupKey> deliveredParents = [];

        /// <param name="places">Every area of the store by its key: its level, parent and whether its parent waits for it.</param>
        public HierarchySums(Dictionary<int, AreaPlace> places)
        {
            this.places = places;
            expected = [];
            foreach (AreaPlace place in places.Values)
            {
                if (place.Level >= 0 && place.Counted)
                {
                    expected[place.Parent] = expected.GetValueOrDefault(place.Parent) + 1;
                }
            }
        }

        /// <summary>The place of the area with store key <paramref name="areaKey"/>; none for an area the store does not have.</summary>
        public AreaPlace PlaceOf(int areaKey) => places.TryGetValue(areaKey, out AreaPlace place) ? place : AreaPlace.None;

        /// <summary>Adds a delivered row (store keys; its staged numbers, NULL where the row has none).</summary>
        public void Add(AreaPlace place, int indicator, int area, int period, int breakdown, bool summable, bool available, double? numerator, double? denominator)
        {
            if (place.IsParent)
            {
                deliveredParents.Add(new GroupKey(indicator, area, period, breakdown));
            }

            if (place.Level >= 0)
            {
                Accumulate(levels[place.Level], place, indicator, period, breakdown, summable, available, numerator, denominator);
            }
        }

        /// <summary>The derived rows of every level, bottom up; <paramref name="additive"/> says whether an indicator (by store key) is summed.</summary>
        public List<DerivedRow> Derive(Func<int, bool> additive)
        {
            List<DerivedRow> derived = [];
            for (int level = 0; level < levels.Length; level++)
            {
                Dictionary<GroupKey, Group> groups = levels[level];
                foreach (DerivedRow row in derived)
                {
                    AreaPlace place = PlaceOf(row.Area);
                    if (place.Level == level)
                    {
                        Accumulate(groups, place, row.Indicator, row.Period, row.Breakdown, additive(row.Indicator), row.Complete, row.Numerator, row.Denominator);
                    }
                }

                foreach ((GroupKey key, Group group) in groups)
                {
                    if (group.Summed > 0 && group.Present == expected.GetValueOrDefault(key.Area) && !deliveredParents.Contains(key))
                    {
                        bool complete = !group.Incomplete;
                        derived.Add(new DerivedRow(
                            key.Indicator,
                            key.Area,
                            key.Period,
                            key.Breakdown,
                            complete && group.HasNumerator ? ExactSums.ToDouble(group.Numerator) : null,
                            complete && group.HasDenominator ? ExactSums.ToDouble(group.Denominator) : null,
                            complete));
                    }
                }

                levels[level] = [];
            }

            return derived;
        }

        private static void Accumulate(Dictionary<GroupKey, Group> groups, AreaPlace place, int indicator, int period, int breakdown, bool summable, bool available, double? numerator, double? denominator)
        {
            ref Group group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, new GroupKey(indicator, place.Parent, period, breakdown), out _);
            if (place.Counted)
            {
                group.Present++;
            }

            if (!summable)
            {
                return;
            }

            group.Summed++;
            group.Incomplete |= !available;
            if (numerator is { } n)
            {
                group.Numerator += ExactSums.Term(n);
                group.HasNumerator = true;
            }

            if (denominator is { } d)
            {
                group.Denominator += ExactSums.Term(d);
                group.HasDenominator = true;
            }
        }

        /// <summary>A group of one level: indicator, the parent area (or a delivered parent row's own area), period, breakdown.</summary>
        private readonly record struct GroupKey(int Indicator, int Area, int Period, int Breakdown);

        /// <summary>A group's counts and exact sums (billionths) so far.</summary>
        private struct Group
        {
            public int Present;
            public int Summed;
            public bool Incomplete;
            public bool HasNumerator;
            public bool HasDenominator;
            public Int128 Numerator;
            public Int128 Denominator;
        }
    }

    /// <summary>
    /// An area's place in the sums: the level it is a child at (an index of <see cref="HierarchySums.ChildTypes"/>, -1 for
    /// none: no parent, or a type not summed), its parent's store key, whether the parent waits for it, and whether it
    /// is some area's parent.
    /// </summary>
    private readonly record struct AreaPlace(int Level, int Parent, bool Counted, bool IsParent)
    {
        public static readonly AreaPlace None = new(-1, 0, false, false);
    }

    /// <summary>A derived row: store keys, the sums (NULL where incomplete or nothing was summed), and whether it is complete (available).</summary>
    private readonly record struct DerivedRow(int Indicator, int Area, int Period, int Breakdown, double? Numerator, double? Denominator, bool Complete);
}
