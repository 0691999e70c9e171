using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Casualties;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Codes a placed event in ACLED's terms (issue 8 points 1 and 2): gives a generic actor the country of the event's
/// place ("police" in Ahmedabad → <c>INDCOP</c>, ACLED's practice), gives each side its ACLED actor type in this event
/// (foreign state forces are External/Other, civilians who commit violence are rioters), keeps only the one-sided
/// acts the text supports, and adds the ACLED type and CASE label.
/// </summary>
internal static class ConflictCoding
{
    private static readonly EventCode Repression = EventCode.Parse("175");
    private static readonly EventCode UnspecifiedForce = EventCode.Parse("190");

    /// <summary>The event coded, or null when it is an act ACLED would not code from this sentence (see remarks).</summary>
    /// <remarks>
    /// Dropped: a violent act whose only actor is a civilian or an uncategorised actor and that names no target ("the
    /// company fired"); an act with no source unless its sentence names a conflict cue and no disaster cue, or its
    /// target is an armed actor ("two soldiers were killed"; not "three people died in a road accident").
    /// </remarks>
    /// <param name="document">The document.</param>
    /// <param name="e">The placed event.</param>
    /// <param name="anchored">Whether an ACLED cue alone found the event.</param>
    /// <param name="typer">The ACLED typer.</param>
    /// <param name="sentenceEvents">Every candidate event of the event's sentence (the casualty words of another actor's act are that act's).</param>
    public static DocumentEvent? Apply(Document document, DocumentEvent e, bool anchored, AcledTyper typer, IReadOnlyList<DocumentEvent> sentenceEvents)
    {
        var resources = typer.Resources;
        var eventCountry = resources.Iso3(e.Place?.Place.Country);
        // Issue 8 point 5: a country named elsewhere in the sentence and not as where ("the Iran arms sales … rebels
        // fighting the Nicaraguan government") does not make the act's generic actors its own; a town or region of the
        // sentence is where it happens ("ahmedabad: police arrested …").
        var actorCountry = e.Place is { Rule: "sentence", Precision: GeoPrecision.Country } p && !EventPlacer.AfterLocative(document.Text, p.Place.Span.Start) ? null : eventCountry;
        var violent = e.Code.RootNumber is 18 or 19 or 20 || e.Code.IsWithin(EventCode.Parse("145"));
        var demonstration = e.Code.RootNumber == 14;
        var source = Categorize(e.Source, eventCountry, actorCountry, e.Place, isSource: true, violent, demonstration);
        var target = Categorize(e.Target, eventCountry, actorCountry, e.Place, isSource: false, violent, demonstration);
        var coded = e with { Source = source, Target = target };
        if (e.Code.RootNumber is 14 or 18 or 19 or 20 || e.Code.IsWithin(Repression))
        {
            // Issue 8 point 3: the deaths and injuries the event's clause (else sentence) states. Only violence and
            // demonstrations carry them: "police arrested five after the riot killed three" does not make the arrest deadly.
            // Issue 8: "six were injured in police firing, 12 were killed by the rioters", "two were stabbed to death and
            // the police fired in the air": a casualty word that is the trigger of another actor's act, or of an act of
            // its own kind, states that act's victims. A bare "were killed" without agent may be this act's outcome
            // ("police opened fire in which two were killed").
            var statements = CasualtyReader.Read(document.Text, e.Sentence)
                .Where(s => s.Anchor.Overlaps(e.Trigger) || !sentenceEvents.Any(o => ClaimsOwnVictims(o, e) && o.Trigger.Overlaps(s.Anchor)))
                .ToList();
            var casualties = CasualtyPicker.Pick(document.Text, e.Sentence, e.Trigger, statements);
            coded = coded with { Fatalities = casualties.Fatalities, Injuries = casualties.Injuries };
        }

        var view = AcledEventView.Of(document, coded, resources.Cues, anchored);
        if (!Supported(view, coded))
        {
            return null;
        }

        return coded with { Acled = typer.Type(view) };
    }

    private static bool ClaimsOwnVictims(DocumentEvent other, DocumentEvent e) =>
        other.Source?.Code != e.Source?.Code && (other.Source is not null || other.Code != UnspecifiedForce);

    private static bool Supported(AcledEventView view, DocumentEvent e)
    {
        var material = e.Code.RootNumber >= 14;
        if (!material)
        {
            return true;
        }

        var conflictCue = false;
        var disasterCue = false;
        foreach (var hit in view.Hits)
        {
            foreach (var cue in hit.Cues)
            {
                disasterCue |= cue.Label is CaseLabel.NATURAL_DISASTER or CaseLabel.MAN_MADE_DISASTER;
                conflictCue |= cue.Weight >= 2 && cue.Label is not (CaseLabel.NATURAL_DISASTER or CaseLabel.MAN_MADE_DISASTER or CaseLabel.DIPLO);
            }
        }

        // Issue 8 point 5: deaths in a quake or a crash are no violence, whoever the sentence names ("a quake hit
        // south-west Japan, killing two people").
        if (disasterCue && !conflictCue && e.Code.RootNumber >= 18)
        {
            return false;
        }

        if (e.Source is null)
        {
            return (conflictCue && !disasterCue) || Armed(view.Target);
        }

        // A one-sided act needs an actor that can commit it: armed, demonstrating or rioting. Issue 8: a show of force
        // with no target (CAMEO 15: "the police force was present", "officers are camping in the town") needs a force
        // or a state; unnamed officials ("the minister was present") exhibit none.
        return e.Target is not null || (view.Source is not (AcledActorCategory.None or AcledActorCategory.Civilians)
            && !(e.Code.RootNumber == 15 && e.Source.Generic && IsCivilOfficial(e.Source.Code)))
            // Civilians who march or protest (CAMEO 14) are demonstrating (issue 8 point 5: "thousands of people marched
            // in Bratislava").
            || (view.Source == AcledActorCategory.Civilians && e.Code.RootNumber == 14);
    }

    // A code whose roles are civil state offices (government, judiciary, legislature, parties) and no force.
    private static bool IsCivilOfficial(ActorCode code)
    {
        var value = code.Value;
        var civil = false;
        for (var i = 0; i + 3 <= value.Length; i += 3)
        {
            var role = value.AsSpan(i, 3);
            if (role is "COP" or "MIL" or "SPY")
            {
                return false;
            }

            civil |= role is "GOV" or "JUD" or "LEG" or "PRI";
        }

        return civil;
    }

    private static bool Armed(AcledActorCategory c) =>
        c is AcledActorCategory.StateForces or AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.IdentityMilitia or AcledActorCategory.ExternalOther;

    private static EventActor? Categorize(EventActor? actor, string? eventCountry, string? actorCountry, EventPlace? place, bool isSource, bool violent, bool demonstration)
    {
        if (actor is null)
        {
            return null;
        }

        var code = actor.Code;
        var rule = actor.Rule;
        if (actor.Generic && code.Value.Length == 3 && actorCountry is not null)
        {
            // ACLED assigns an unnamed actor the country where the event happens ("Police Forces of India").
            code = ActorCode.Parse(actorCountry + code.Value);
            rule = $"{rule}; country {actorCountry}: event place '{place!.Place.Text}' ({place.Rule})";
        }

        var own = actor.Category != AcledActorCategory.None ? actor.Category : AcledActorTypes.OfCode(code);
        if (actor.Category == AcledActorCategory.None && own != AcledActorCategory.None)
        {
            rule = $"{rule}{(rule is null ? string.Empty : "; ")}type {own}: roles of {code}";
        }

        var category = AcledActorTypes.InEvent(own, AcledActorTypes.CountryOf(code), eventCountry, isSource, violent, demonstration);
        if (category != own)
        {
            rule = $"{rule}{(rule is null ? string.Empty : "; ")}type {category}: {category switch
            {
                AcledActorCategory.ExternalOther => $"state forces outside their country ({eventCountry})",
                AcledActorCategory.Protesters => "civilians demonstrating",
                _ => "civilians committing violence",
            }}";
        }

        return actor with { Code = code, Category = category, Rule = rule };
    }
}
