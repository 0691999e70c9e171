using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: passives without an auxiliary, where the coder took the one an act is done to as its actor. A harm
/// verb's participle after its patient, with no object after it, is a reduced passive ("aid worker Margaret Hassan,
/// kidnapped in Iraq", "one passenger seriously injured", "two soldiers killed in the clash"); a participle joined by
/// "and" or a comma to a passive shares its voice ("was beaten and abducted", "was captured, tried and sentenced"); a
/// list of participles closed by "by" is passive, with its agent after "by" ("supported, trained and armed by Paris").
/// </summary>
internal static class HarmParticiple
{
    // Verbs that always take the one harmed as object (their -ed form is a participle, never an intransitive verb).
    private static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(
        ["KILLED", "WOUNDED", "INJURED", "HURT", "KIDNAPPED", "ABDUCTED", "SHOT", "STABBED", "BEATEN", "MURDERED", "ASSASSINATED", "TORTURED",
         "MAIMED", "SLAIN", "EXECUTED", "HANGED", "LYNCHED", "BEHEADED", "ATTACKED", "ASSAULTED", "AMBUSHED"],
        StringComparer.Ordinal);

    // Words after a participle that show it has no object ("killed in", "injured, and", "kidnapped last year").
    private static readonly FrozenSet<string> Followers = FrozenSet.ToFrozenSet(
        ["IN", "ON", "NEAR", "AT", "DURING", "WHILE", "AFTER", "BEFORE", "INSIDE", "OUTSIDE", "WHEN", "AS", "FOR", "FROM", "UNDER", "WITH", "BY",
         "LAST", "EARLIER", "LATER", "YESTERDAY", "TODAY", "OVERNIGHT", "WERE", "WAS", "ARE", "IS", "HAVE", "HAS", "HAD", ",", ".", ";", ":", ")"],
        StringComparer.Ordinal);

    /// <summary>Most participles a list holds ("supported, trained and armed by").</summary>
    public const int MaxList = 5;

    /// <summary>
    /// True when the harm verb at words [<paramref name="first"/>, <paramref name="last"/>] is a participle right after
    /// its patient (a coded actor, a number, or either with an adverb or a comma between) and has no object: a reduced
    /// passive whose patient is the slot before it, not its actor.
    /// </summary>
    public static bool IsReduced(SentenceFrame frame, int first, int last, EventCode code)
    {
        if (code.RootNumber is not (18 or 19 or 20) || first == 0 || !Participles.Contains(frame.Words[last]))
        {
            return false;
        }

        var next = last + 1;
        if (next < frame.Length && frame.Words[next] == "DEAD")
        {
            next++;
        }

        var follower = next < frame.Length ? frame.Words[next] : ".";
        if (!Followers.Contains(follower) && !TriggerContext.IsAdverb(follower))
        {
            return false;
        }

        // "…, killing three", "forces attacked, seized and sank a ship": a comma before another verb reads the participle
        // as the active verb of the clause.
        if (follower == "," && next + 1 < frame.Length && (frame.Words[next + 1].EndsWith("ING", StringComparison.Ordinal) || IsParticipleForm(frame.Words[next + 1])
            || SlotRoles.IsIrregularVerb(frame.Words[next + 1])))
        {
            return false;
        }

        var i = first - 1;
        while (i > 0 && TriggerContext.IsAdverb(frame.Words[i]) && frame.Words[i] is not ("HAVE" or "HAS" or "HAD" or "DID" or "DOES" or "DO"))
        {
            i--;
        }

        if (frame.Words[i] == "," && i > 0)
        {
            i--;
        }

        // "aid worker Margaret Hassan, kidnapped …": a name no code covers, in apposition to the coded noun before it.
        for (var k = 0; k < 4 && i > 0 && frame.SlotEndingAt(i) is null && !frame.AllCaps && frame.Original(i) is { Length: > 1 } name && char.IsUpper(name[0]); k++)
        {
            i--;
        }

        return (frame.SlotEndingAt(i) is { Pronoun: false } && !frame.IsTrigger(i)) || IsNumber(frame, i);
    }

    /// <summary>
    /// True when the participle at <paramref name="first"/> is joined by "and", "or" or a comma to an earlier participle
    /// in the passive ("was beaten and abducted", "was captured, tried and sentenced"), or opens a list of participles
    /// closed by "by" ("trained and armed by Paris"); <paramref name="isPassive"/> reads the earlier one.
    /// </summary>
    public static bool IsJoinedToPassive(SentenceFrame frame, int first, Func<int, bool> isPassive)
    {
        ArgumentNullException.ThrowIfNull(isPassive);
        if (!IsParticipleForm(frame.Words[first]))
        {
            return false;
        }

        var before = first - 1;
        if (before > 0 && frame.Words[before] is "AND" or "OR" or ",")
        {
            var earlier = before - 1;
            if (earlier > 0 && frame.Words[earlier] == "," && frame.Words[before] is "AND" or "OR")
            {
                earlier--;
            }

            if (earlier >= 0 && IsParticipleForm(frame.Words[earlier]) && isPassive(earlier))
            {
                return true;
            }
        }

        return ByAfterList(frame, first) >= 0;
    }

    /// <summary>
    /// The position of the "by" that closes a list of participles starting at <paramref name="first"/> ("supported,
    /// trained and armed by"), or -1 when there is no list or no "by" after it. A single participle is no list.
    /// </summary>
    public static int ByAfterList(SentenceFrame frame, int first)
    {
        var i = first + 1;
        var joined = 0;
        while (i + 1 < frame.Length && joined < MaxList && frame.Words[i] is "," or "AND" or "OR")
        {
            var k = i + 1;
            if (frame.Words[i] == "," && frame.Words[k] is "AND" or "OR" && k + 1 < frame.Length)
            {
                k++;
            }

            if (!IsParticipleForm(frame.Words[k]))
            {
                return -1;
            }

            joined++;
            i = k + 1;
        }

        return joined > 0 && i < frame.Length && frame.Words[i] == "BY" ? i : -1;
    }

    // A past participle by its form: "-ed", or one of the harm verbs' irregular ones ("beaten", "shot", "slain").
    private static bool IsParticipleForm(string word) =>
        (word.Length > 3 && word.EndsWith("ED", StringComparison.Ordinal)) || word is "BEATEN" or "SHOT" or "SLAIN" or "HURT" or "HELD" or "TAKEN" or "STRUCK" or "HIT";

    private static bool IsNumber(SentenceFrame frame, int i) =>
        frame.Original(i) is { Length: > 0 } w && (char.IsAsciiDigit(w[0]) || frame.Words[i] is "ONE" or "TWO" or "THREE" or "FOUR" or "FIVE" or "SIX" or "SEVEN" or "EIGHT"
            or "NINE" or "TEN" or "DOZENS" or "HUNDREDS" or "SEVERAL" or "MANY" or "OTHERS" or "MORE");
}
