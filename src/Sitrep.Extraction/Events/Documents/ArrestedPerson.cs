using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// The person an arrest is done to when no code covers them (issue 8 point 5, docs/event-sample-news-2026-12-08c.md):
/// "King was arrested by police", "Mr Doherty, 25, was arrested", "he was detained", "after his arrest". The subject of
/// a passive arrest, or the owner of the arrest noun, is the one arrested; a name the actor dictionaries do not hold or a
/// personal pronoun the coder could not resolve names a private person, whom CAMEO and ACLED code as civilians (the
/// event coder gives the generic actor the country of the event's place). Without it the arrest keeps its police and
/// drops the person the sentence names.
/// </summary>
internal static class ArrestedPerson
{
    private static readonly EventCode Arrest = EventCode.Parse("173");

    // The auxiliaries of a passive: "was arrested", "has been detained", "were being held".
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING", "HAS", "HAVE", "HAD", "GOT", "GET", "GETS"], StringComparer.Ordinal);

    // Personal pronouns that name a person ("he was arrested"); "it" and "this" name no one.
    private static readonly FrozenSet<string> Personal = FrozenSet.ToFrozenSet(["HE", "SHE", "THEY", "I", "WE"], StringComparer.Ordinal);

    // Owners of an arrest noun that name a person ("his arrest", "their detention").
    private static readonly FrozenSet<string> Owners = FrozenSet.ToFrozenSet(["HIS", "HER", "THEIR", "MY", "OUR"], StringComparer.Ordinal);

    // Capitalised words that open a sentence or a clause without naming anyone ("It was arrested" does not occur; "This
    // was detained" names a thing).
    private static readonly FrozenSet<string> NoName = FrozenSet.ToFrozenSet(
        ["IT", "THIS", "THAT", "THESE", "THOSE", "THERE", "WHAT", "WHICH", "WHO", "NOTHING", "NOBODY", "NONE", "NO", "NOT"], StringComparer.Ordinal);

    /// <summary>Most words of an apposition between a name and its verb ("Mr Mousa, 28, a hotel receptionist, was arrested").</summary>
    public const int AppositionReach = 8;

    /// <summary>
    /// The arrested person of the trigger starting at word <paramref name="first"/> as a generic
    /// civilian slot, or null when the code is no arrest, the trigger is neither a passive nor an owned noun, or the
    /// words before it name no person.
    /// </summary>
    public static ActorSlot? Of(SentenceFrame frame, EventCode code, int first, bool passive, bool nominal)
    {
        if (!code.IsWithin(Arrest) || first == 0)
        {
            return null;
        }

        if (nominal)
        {
            return Owners.Contains(frame.Words[first - 1]) ? Civilian(frame, first - 1) : null;
        }

        if (!passive)
        {
            return null;
        }

        var i = first - 1;
        while (i >= 0 && (TriggerContext.IsAdverb(frame.Words[i]) || frame.Words[i] is "ALSO" or "LATER" or "SUBSEQUENTLY"))
        {
            i--;
        }

        var auxiliaries = 0;
        while (i >= 0 && Auxiliaries.Contains(frame.Words[i]))
        {
            i--;
            auxiliaries++;
        }

        if (auxiliaries == 0 || i < 0)
        {
            return null;
        }

        if (frame.Words[i] == ",")
        {
            // An apposition between commas: "Mr Doherty, 25, was arrested".
            var open = i - 1;
            while (open >= 0 && i - open <= AppositionReach && frame.Words[open] != "," && !frame.IsHardStop(open))
            {
                open--;
            }

            if (open < 1 || frame.Words[open] != ",")
            {
                return null;
            }

            i = open - 1;
        }

        var w = frame.Words[i];
        if (frame.SlotEndingAt(i) is not null || NoName.Contains(w))
        {
            return null;
        }

        if (Personal.Contains(w))
        {
            return Civilian(frame, i);
        }

        if (!frame.MixedCase || !IsName(frame, i))
        {
            return null;
        }

        // "The leader of the British National Party has been arrested": a name after "of" only says whose the arrested
        // head is, and names no person.
        var start = i;
        while (start > 0 && (frame.InName(start - 1) || (frame.IsCapitalisedInside(start - 1) && char.IsLetter(frame.Words[start - 1][0]))))
        {
            start--;
        }

        while (start > 0 && frame.Words[start - 1] is "THE")
        {
            start--;
        }

        return start > 0 && frame.Words[start - 1] == "OF" ? null : Civilian(frame, i);
    }

    // A capitalised word that names someone: part of a multi-word name, or capitalised inside the sentence, or the
    // sentence's first word followed by nothing but the passive ("King was arrested").
    private static bool IsName(SentenceFrame frame, int i) =>
        frame.Original(i) is { Length: > 1 } word && char.IsUpper(word[0]) && char.IsLetter(word[^1])
        && (frame.InName(i) || frame.IsCapitalisedInside(i) || i == 0);

    private static ActorSlot Civilian(SentenceFrame frame, int i)
    {
        var span = frame.Spans[i];
        var actor = new EventActor(ActorCode.Parse("CVL"), "Civilians", span, null)
        {
            Category = AcledActorCategory.Civilians,
            Generic = true,
            Rule = "arrested person: a name or pronoun no code covers, the patient of an arrest",
        };
        return new ActorSlot(i, i, actor, -1, Pronoun: false);
    }
}
