using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Coding;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// The small readings of a sentence and a fitted pattern that <see cref="SentenceEventCoder"/> decides with: nouns by
/// their form, reporting and commas between two words, the kind of a code, the author in a phrase, what a pattern
/// places. Pure functions of their arguments.
/// </summary>
internal static class SentenceCues
{
    // A noun by its form, not a verb in the past ("said", "warned", "told") that the determiner test reads as nominal
    // after a name ("The White House said …").
    internal static bool IsNounForm(string word) =>
        !word.EndsWith("ED", StringComparison.Ordinal) && word is not ("SAID" or "SAYS" or "SAY" or "TOLD" or "TELLS" or "WROTE" or "SPOKE" or "MET" or "HELD" or "LED" or "MADE"
            or "GAVE" or "TOOK" or "SAW" or "THOUGHT" or "FOUND" or "KNEW" or "SOUGHT" or "FOUGHT" or "STRUCK" or "SHOT" or "BROKE" or "SENT" or "BEGAN" or "WON" or "LOST");

    internal static bool ReportedBetween(SentenceFrame frame, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (frame.Words[i] is "THAT" or "," or "\"" or "“" or "‘" or "'" or "''" or ":" || frame.IsHardStop(i))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool CommaBetween(SentenceFrame frame, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (frame.Words[i] == ",")
            {
                return true;
            }
        }

        return false;
    }

    // "Police have been deployed", "troops were mobilised": the subject of a passive show of force is its actor.
    internal static bool IsPosture(PairedCode code) => (code.Forward ?? code.Reverse) is { RootNumber: 15 };

    // 153, 154: mobilising police or armed forces.
    internal static bool IsMobilisation(PairedCode code) => (code.Forward ?? code.Reverse) is { } c && c.ToString() is "153" or "154";


    // What a speaker does by speaking: statements, appeals, investigations, demands, disapproval, rejection, threats
    // (issue 8 point 5: not a meeting or an agreement, which a quote's speaker merely mentions).
    internal static bool IsVerbal(PairedCode code) =>
        (code.Forward ?? code.Reverse) is { } c && c.RootNumber is 1 or 2 or (>= 9 and <= 13);

    // The actor between the pattern's IN or BY and its last words ("in Taliban attacks", "by Mordor's artillery fire"),
    // never one after them ("in an attack on Gondor" names the target).
    internal static ActorSlot? InPhraseAuthor(SentenceFrame frame, PatternFit fit)
    {
        if (fit.Words.IsDefaultOrEmpty)
        {
            return null;
        }

        var after = fit.Words.Where(w => w > fit.First && frame.Words[w] is "IN" or "BY").DefaultIfEmpty(-1).Max();
        var noun = fit.Words.Max();
        for (var i = after + 1; after >= 0 && i < noun; i++)
        {
            if (frame.SlotStartingAt(i) is { } slot && slot.Last < noun)
            {
                return slot;
            }
        }

        return null;
    }

    // "- + * BY &ATTACKS": the pattern places the patient of a passive before the trigger, so voice swaps nothing.
    internal static bool PlacesPatient(PatternFit fit)
    {
        if (fit.Pattern is not { } pattern)
        {
            return false;
        }

        foreach (var e in pattern.Elements)
        {
            if (e.Kind == PatternElementKind.Verb)
            {
                return false;
            }

            if (e.Kind == PatternElementKind.Target)
            {
                return true;
            }
        }

        return false;
    }

    // "- * BY $ …": the pattern itself places the agent of a passive.
    internal static bool WritesAgent(PatternFit fit)
    {
        if (fit.Pattern is not { } pattern)
        {
            return false;
        }

        var elements = pattern.Elements;
        for (var k = 1; k < elements.Length; k++)
        {
            if (elements[k].Kind == PatternElementKind.Source && elements[k - 1] is { Kind: PatternElementKind.Word, Text: "BY" })
            {
                return true;
            }
        }

        return false;
    }

    internal static bool SameActor(ActorSlot a, ActorSlot b) =>
        a == b || a.Actor.Code == b.Actor.Code || (a.Actor.EntityId is { } x && x == b.Actor.EntityId);
}
