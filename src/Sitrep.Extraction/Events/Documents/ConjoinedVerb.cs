using System.Collections.Immutable;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Subjects a sentence states once for two verbs (issue 8): "the police had arrested 4,000 rioters, and shot dead 98"
/// (a verb right after "and" has no subject of its own: it shares the subject of the verb before it, not the object
/// that stands before "and"), and "the commissioner of police, however, said" (a parenthesis between a subject and its
/// verb of saying does not end the subject's clause).
/// </summary>
internal static class ConjoinedVerb
{
    /// <summary>Most words between the earlier verb and the "and" that joins the later one to it.</summary>
    public const int Reach = 20;

    /// <summary>
    /// The position of the "and" that joins the verb at <paramref name="first"/> to an earlier verb ("and shot dead",
    /// ", and later fired"), or -1 when another word (a subject of its own) stands between them.
    /// </summary>
    public static int AndBefore(SentenceFrame frame, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && TriggerContext.IsAdverb(frame.Words[i]))
        {
            i--;
        }

        return i > 0 && frame.Words[i] == "AND" ? i : -1;
    }

    /// <summary>
    /// The subject of the earlier verb <paramref name="earlier"/> (its sources) for the verb at <paramref name="first"/>
    /// when "and" joins the two inside one clause; empty otherwise.
    /// </summary>
    public static ImmutableArray<ActorSlot> SharedSubject(SentenceFrame frame, int first, (int Trigger, ImmutableArray<ActorSlot> Sources)? earlier)
    {
        if (earlier is not { } e || e.Sources.IsEmpty || e.Trigger >= first)
        {
            return [];
        }

        var and = AndBefore(frame, first);
        if (and < 0 || and <= e.Trigger || and - e.Trigger > Reach)
        {
            return [];
        }

        for (var i = e.Trigger + 1; i < and; i++)
        {
            if (frame.IsHardStop(i))
            {
                return [];
            }
        }

        return e.Sources;
    }

    /// <summary>
    /// The subject of a verb joined by "and" to an earlier verb that the coder did not code, when the actor found as its
    /// subject is the earlier verb's object ("a mob surrounded the police station and set ablaze seven huts"): the actor
    /// before that verb; null when <paramref name="found"/> is no such object.
    /// </summary>
    public static ActorSlot? SubjectPastObject(SentenceFrame frame, int first, ActorSlot found, int window)
    {
        var verb = EarlierVerb(frame, first, found, numbers: false);
        return verb > 0 && frame.Words[verb].Length > 4 && frame.Words[verb].EndsWith("ED", StringComparison.Ordinal) && !frame.IsHardStop(verb)
            ? frame.SlotBefore(verb - 1, window)
            : null;
    }

    /// <summary>
    /// True when <paramref name="found"/>, found as the subject of the verb at <paramref name="first"/>, is the object of
    /// an earlier verb in the past that "and" joins it to ("the bomb killed nine people and injured 50 more", "troops
    /// captured 20 rebels and seized their weapons"): issue 8 point 5.
    /// </summary>
    public static bool IsEarlierObject(SentenceFrame frame, int first, ActorSlot found)
    {
        var verb = EarlierVerb(frame, first, found, numbers: true);
        return verb >= 0 && !frame.IsHardStop(verb) && !found.Pronoun
            && ((frame.Words[verb].Length > 4 && frame.Words[verb].EndsWith("ED", StringComparison.Ordinal)) || SlotRoles.IsIrregularVerb(frame.Words[verb]));
    }

    // The word before the object phrase that ends right before the "and" joining the verb at first, past determiners
    // (and numbers and quantifiers when asked); -1 when the slot is no such phrase.
    private static int EarlierVerb(SentenceFrame frame, int first, ActorSlot found, bool numbers)
    {
        var and = JoinBefore(frame, first);
        if (and > 0 && PastForm.IsPast(frame.Words[and - 1]))
        {
            // "killed or wounded 1,500 soldiers": two verbs joined with no object between share what the first one has.
            return EarlierVerb(frame, and - 1, found, numbers);
        }

        if (and < 0 || (found.Last != and - 1 && !(found.Attributive && IsHeadNoun(frame, found.Last + 1, and))))
        {
            return -1;
        }

        var verb = found.First - 1;
        while (verb >= 0 && (frame.Words[verb] is "THE" or "A" or "AN" or "ALL" or "SOME" or "SEVERAL" || (numbers && IsQuantity(frame, verb))))
        {
            verb--;
        }

        return verb;
    }

    // Issue 8 point 5: the word joining the verb at first to an earlier one: "and" or "or" ("killed or wounded"), or
    // the comma of a list of past verbs ("Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 Iraqi
    // soldiers and destroyed 45 tanks"); -1 when there is none.
    private static int JoinBefore(SentenceFrame frame, int first)
    {
        var and = AndBefore(frame, first);
        if (and >= 0)
        {
            return and;
        }

        var i = first - 1;
        while (i >= 0 && first - i <= 3 && TriggerContext.IsAdverb(frame.Words[i]))
        {
            i--;
        }

        return i > 0 && (frame.Words[i] == "OR" || (frame.Words[i] == "," && PastForm.IsPast(frame.Words[first]))) ? i : -1;
    }

    // Issue 8 point 5: the head noun that a country word modifies, between it and the joining word: "four Iraqi
    // [brigades]," "an Iranian [F-4 Phantom] and" (at most three words, no verb, preposition or punctuation).
    private static bool IsHeadNoun(SentenceFrame frame, int from, int join)
    {
        if (join - from is < 1 or > 3)
        {
            return false;
        }

        for (var i = from; i < join; i++)
        {
            var w = frame.Words[i];
            if (frame.IsHardStop(i) || frame.SlotStartingAt(i) is not null || IsVerbLike(w) || w.Length < 2 || !char.IsLetterOrDigit(w[0])
                || w is "OF" or "IN" or "ON" or "AT" or "TO" or "FROM" or "BY" or "WITH" or "FOR" or "AND" or "OR" or "THE" or "A" or "AN")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Issue 8 point 5: the speaker of a verb of saying joined to its clause by "and" or written as a participle after a
    /// comma ("… charged Arnor with breaking the rules and said", "… a defence of the rights of rural workers, saying",
    /// "reiterated its commitment to the OPEC accord and said"). Such a verb shares the subject of its clause's first
    /// verb; an actor found after that verb (its object, or a name inside its object) is not the speaker.
    /// </summary>
    /// <returns><c>Applies</c> false when the verb is no such verb or <paramref name="found"/> stands before the clause's
    /// first verb (it is the subject); otherwise the subject before that first verb, or null when no coded actor is it.</returns>
    public static (bool Applies, ActorSlot? Subject) SpeakerOfJoinedSaying(SentenceFrame frame, int first, ActorSlot found)
    {
        // "…, according to the Financial Times" names its source after the verb: no participle of a clause.
        var participle = first > 0 && frame.Words[first - 1] == "," && frame.Words[first].EndsWith("ING", StringComparison.Ordinal) && frame.Words[first] != "ACCORDING";
        if (found.Last >= first || (!participle && AndBefore(frame, first) < 0))
        {
            return (false, null);
        }

        // "even though the VHP maintained that …, state police refuted the claim, saying …": an actor that opens a clause
        // (after a comma or at the start) and is followed by a verb of its own is that verb's subject, whatever clause
        // comes before it. The subject of a reported clause ("confirmed that Zambia had ended …") is not.
        var next = found.Last + 1;
        while (next < first && TriggerContext.IsAdverb(frame.Words[next]))
        {
            next++;
        }

        var opener = found.First - 1;
        while (opener >= 0 && frame.Words[opener] is "THE" or "A" or "AN")
        {
            opener--;
        }

        if ((opener < 0 || frame.Words[opener] == "," || frame.IsHardStop(opener)) && next < first && IsClauseVerb(frame.Words[next]))
        {
            return (false, null);
        }

        // The clause: back from the found actor to the sentence's start or a word that opens another clause (a verb of
        // saying is this clause's own verb: "the ministry said imports rose, adding …").
        var start = found.First;
        while (start > 0 && !(frame.IsHardStop(start - 1) && !IsSaying(frame.Words[start - 1])))
        {
            start--;
        }

        var verb = -1;
        for (var i = start; i < found.First; i++)
        {
            if (!frame.InName(i) && frame.SlotEndingAt(i) is null && IsClauseVerb(frame.Words[i]))
            {
                verb = i;
                break;
            }
        }

        // "Pramual said Thailand would keep its quota and added …": a joined verb of saying after a verb of saying repeats
        // its speaker, whose statement the earlier verb codes; the coder leaves what it found there.
        if (verb < 0 || IsSaying(frame.Words[verb]))
        {
            return (false, null);
        }

        // The subject right before that verb: past adverbs and words of a name, never across punctuation ("BAHIA BLANCA,
        // Argentina - Pope John Paul began" has no coded subject).
        for (var j = verb - 1; j >= start && verb - j <= 4; j--)
        {
            if (frame.SlotEndingAt(j) is { } subject)
            {
                return (true, subject.Attributive || subject.Locative || subject.Oblique || subject.Hyphenated ? null : subject);
            }

            var w = frame.Words[j];
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                return (true, null);
            }
        }

        return (true, null);
    }

    // A finite verb or auxiliary that a clause's subject stands before ("reiterated", "has charged", "began", "was",
    // "said"); a form in -ING is no clause's first verb ("by excluding …").
    private static bool IsClauseVerb(string word) =>
        PastForm.IsPast(word) || IsSaying(word) || word is "IS" or "ARE" or "WAS" or "WERE" or "HAS" or "HAVE" or "HAD" or "WILL" or "WOULD";

    private static bool IsSaying(string word) => word is "SAID" or "SAYS" or "SAY" or "TOLD";

    /// <summary>
    /// True when the words between <paramref name="speaker"/> and its verb of saying at <paramref name="verb"/> are a
    /// parenthesis: a comma or bracket right after the speaker (and any name of its own, "commissioner of police p c
    /// pande, however,"), or the speaker itself an apposition between commas ("nanavati, the deputy superintendent of
    /// godhra, has said"); after the closing comma or bracket only the verb's auxiliaries and adverbs ("has also said").
    /// </summary>
    public static bool IsParenthesis(SentenceFrame frame, ActorSlot speaker, int verb)
    {
        var close = verb - 1;
        while (close > speaker.Last && (TriggerContext.IsAdverb(frame.Words[close]) || frame.InName(close) || frame.Words[close] is "HAS" or "HAVE" or "HAD" or "IS" or "WAS"))
        {
            close--;
        }

        if (close <= speaker.Last || frame.Words[close] is not ("," or ")"))
        {
            return false;
        }

        var open = speaker.Last + 1;
        while (open < close && frame.InName(open))
        {
            open++;
        }

        if (open < close && frame.Words[open] is "," or "(")
        {
            return true;
        }

        // "b k nanavati, the deputy police superintendent of godhra, has also said": the speaker is an apposition
        // between two commas, the second one closing right before the verb.
        var before = speaker.First - 1;
        while (before >= 0 && speaker.First - before <= 3 && frame.Words[before] is not ("," or "(") && !frame.IsHardStop(before))
        {
            before--;
        }

        // Between the apposition and its closing comma only a prepositional phrase ("of godhra"), no comma or verb.
        return before >= 0 && frame.Words[before] == "," && close - speaker.Last <= 4
            && frame.Words.Skip(speaker.Last + 1).Take(close - speaker.Last - 1).All(w => w != "," && !IsVerbLike(w));
    }

    // "at least 50", "more than 4,000", "nine": a number or the words of an approximate one.
    private static bool IsQuantity(SentenceFrame frame, int i) =>
        frame.Words[i] is "AT" or "LEAST" or "ABOUT" or "NEARLY" or "OVER" or "MORE" or "THAN" or "DOZENS" or "HUNDREDS" or "THOUSANDS" or "OF" or "ONE" or "TWO" or "THREE"
            or "FOUR" or "FIVE" or "SIX" or "SEVEN" or "EIGHT" or "NINE" or "TEN"
        || (frame.Original(i) is { Length: > 0 } w && char.IsAsciiDigit(w[0]));

    private static bool IsVerbLike(string word) =>
        word is "IS" or "ARE" or "WAS" or "WERE" or "BE" or "BEEN" or "HAS" or "HAVE" or "HAD"
        || (word.Length > 4 && (word.EndsWith("ED", StringComparison.Ordinal) || word.EndsWith("ING", StringComparison.Ordinal)));
}
