using System.Globalization;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// What every output shows for a protected cell: a marker in place of (or beside) the number, a short label for
/// legends, and an explanation in Finnish, Swedish and English.
/// </summary>
/// <remarks>
/// The markers are Eurostat's observation flags, which JSON-stat status and statistical tables already use:
/// <c>c</c> confidential, <c>u</c> low reliability, <c>:</c> not available.
/// </remarks>
public static class DisclosureTexts
{
    /// <summary>The marker: empty for a published cell, <c>u</c> unreliable, <c>c</c> suppressed, <c>:</c> unavailable.</summary>
    public static string Marker(CellState state) => state switch
    {
        CellState.Published => string.Empty,
        CellState.Unreliable => "u",
        CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Suppressed => "c",
        CellState.Unavailable => ":",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a cell state."),
    };

    /// <summary>A short label for legends and table footnotes.</summary>
    public static LocalisedText Label(CellState state) => state switch
    {
        CellState.Published => new("Julkaistu", "Publicerad", "Published"),
        CellState.Unreliable => new("Epävarma", "Osäker", "Unreliable"),
        CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Suppressed => new("Salattu", "Skyddad", "Suppressed"),
        CellState.Unavailable => new("Ei tietoa", "Uppgift saknas", "Not available"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a cell state."),
    };

    /// <summary>Why a cell is shown as it is, with the rule's thresholds filled in.</summary>
    public static LocalisedText Explain(SuppressionReason reason, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        string numerator = rule.MinimumNumerator.ToString(CultureInfo.InvariantCulture);
        string denominator = rule.MinimumDenominator.ToString(CultureInfo.InvariantCulture);
        string reliable = rule.UnreliableBelowDenominator.ToString(CultureInfo.InvariantCulture);
        return reason switch
        {
            SuppressionReason.None => new(
                "Luku on julkaistu sellaisenaan.",
                "Uppgiften är publicerad som den är.",
                "The figure is published as it is."),
            SuppressionReason.NumeratorBelowMinimum => new(
                $"Luku on salattu tietosuojan vuoksi: alle {numerator} tapauksen lukuja ei julkaista, jotta yksittäisiä henkilöitä ei voi tunnistaa.",
                $"Uppgiften är skyddad av integritetsskäl: antal under {numerator} publiceras inte, så att enskilda personer inte kan identifieras.",
                $"Hidden to protect privacy: counts below {numerator} are not published, so that no individual can be identified."),
            SuppressionReason.ZeroNotPublishable => new(
                "Luku on salattu tietosuojan vuoksi: tässä aineistossa nollaakaan ei julkaista, koska se kertoisi jotain alueen kaikista asukkaista.",
                "Uppgiften är skyddad av integritetsskäl: i detta material publiceras inte ens noll, eftersom det skulle avslöja något om alla invånare i området.",
                "Hidden to protect privacy: in this data not even zero is published, because it would reveal something about everyone in the area."),
            SuppressionReason.DenominatorBelowMinimum => new(
                $"Luku on salattu, koska se perustuu alle {denominator} havaintoon.",
                $"Uppgiften är skyddad eftersom den bygger på färre än {denominator} observationer.",
                $"Hidden because it rests on fewer than {denominator} observations."),
            SuppressionReason.SmallDenominator => new(
                $"Epävarma: luku perustuu alle {reliable} henkilöön, joten satunnaisvaihtelu on suurta.",
                $"Osäker: uppgiften bygger på färre än {reliable} personer, så den slumpmässiga variationen är stor.",
                $"Unreliable: the figure rests on fewer than {reliable} people, so chance variation is large."),
            SuppressionReason.Complementary => new(
                "Luku on salattu, jotta toista salattua lukua ei voisi laskea summista ja erotuksista.",
                "Uppgiften är skyddad så att en annan skyddad uppgift inte kan räknas ut ur summor och differenser.",
                "Hidden so that another hidden figure cannot be worked out from totals and differences."),
            SuppressionReason.Confidential => new(
                "Luku on salattu tietosuojan vuoksi: se on joko niin pieni, että henkilö voisi tunnistua, tai siitä voisi laskea tällaisen luvun.",
                "Uppgiften är skyddad av integritetsskäl: antingen är den så liten att en person kunde identifieras, eller så kunde en sådan uppgift räknas ut ur den.",
                "Hidden to protect privacy: either it is small enough to identify a person, or such a figure could be worked out from it."),
            SuppressionReason.ApportionedFromHidden => new(
                "Arvio on salattu, koska se on jaettu salatusta postinumeroalueen luvusta ja paljastaisi sen.",
                "Uppskattningen är skyddad eftersom den är fördelad från en skyddad uppgift för ett postnummerområde och skulle avslöja den.",
                "This estimate is hidden because it is apportioned from a hidden postal-area figure and would give it away."),
            SuppressionReason.SuppressedBySource => new(
                "Tietolähde ei ole julkaissut lukua.",
                "Källan har inte publicerat uppgiften.",
                "The source has not released this figure."),
            SuppressionReason.Missing => new(
                "Tietoa ei ole saatavilla.",
                "Uppgiften finns inte tillgänglig.",
                "No data is available."),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a suppression reason."),
        };
    }
}
