using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>Past forms of verbs, told from the word alone: a form in -ED, or an irregular past or participle.</summary>
internal static class PastForm
{
    // Irregular pasts and participles (issue 8 point 5: "Lebanese protesters dug in", "officials met last night").
    private static readonly FrozenSet<string> Irregular = FrozenSet.ToFrozenSet(
        ["MET", "HELD", "TOOK", "TAKEN", "WENT", "GONE", "CAME", "GAVE", "GIVEN", "MADE", "SENT", "LEFT", "FOUGHT", "SHOT", "STRUCK", "BEGAN", "BEGUN",
         "THREW", "THROWN", "SOUGHT", "CAUGHT", "KEPT", "LED", "WON", "LOST", "BROKE", "BROKEN", "SPOKE", "SPOKEN", "SAW", "SEEN", "BROUGHT", "HIT",
         "SET", "PUT", "CUT", "SOLD", "BOUGHT", "PAID", "FLEW", "DREW", "DRAWN", "WROTE", "WRITTEN", "FOUND", "SIGNED", "BUILT", "SPENT",
         "DUG", "FLED", "SAT", "SANG", "STOOD", "HUNG", "SPREAD", "TORE", "WORE", "BLEW", "BURNT", "RODE", "SHOOK", "SWEPT", "SPAT", "STUCK"],
        StringComparer.Ordinal);

    /// <summary>True for a past form: a word of more than four letters in -ED, or an irregular past or participle.</summary>
    public static bool IsPast(string word) => (word.Length > 4 && word.EndsWith("ED", StringComparison.Ordinal)) || Irregular.Contains(word);
}
