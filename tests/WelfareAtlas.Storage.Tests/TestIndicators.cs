using System.Data.Common;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Storage.Tests;

/// <summary>Inserts catalogue rows that tests need; the real catalogue is filled by the catalogue import.</summary>
internal static class TestIndicators
{
    /// <summary>
    /// An indicator with the given id and measure, and the metadata of a person register (numerators 1–4 and zeros
    /// hidden from the public), so that compute runs and disclosure control find everything they read.
    /// </summary>
    public static async Task InsertAsync(DbDataSource dataSource, string id, string measure, double multiplier = 1)
    {
        Indicator indicator = IndicatorCatalogue.Get("unemployed-jobseekers") with
        {
            Id = IndicatorId.Parse(id),
            Measure = Measures.TryParse(measure, out Measure parsed) ? parsed : throw new ArgumentException($"Unknown measure '{measure}'.", nameof(measure)),
            Multiplier = multiplier,
            Disclosure = DisclosureRule.PersonRegister,
        };
        await new IndicatorRepository(dataSource).UpsertAsync([indicator]);
    }
}
