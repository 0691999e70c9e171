using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: a past participle between a determiner (or a possessive or a preposition) and a noun modifies the
/// noun and reports no act: "over alleged hush money", "the organization's agreed ceiling", "the threatened trade war".
/// Only verbal and cooperative acts (roots 02 to 13) are read so: a participle of a material act before its noun is the
/// act done to it ("the arrested persons", "the injured villagers").
/// </summary>
internal static class AttributiveParticiple
{
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "THIS", "THESE", "THOSE", "ANY", "NO", "OVER", "OF", "FOR", "ABOUT", "'S", "’S"],
        StringComparer.Ordinal);

    // Words after a participle that make it a verb or a predicate ("agreed to", "alleged that", "threatened by").
    private static readonly FrozenSet<string> NotNouns = FrozenSet.ToFrozenSet(
        ["BY", "TO", "THAT", "IN", "ON", "AT", "WITH", "FROM", "FOR", "AS", "AND", "OR", "BUT", "THE", "A", "AN", "IT", "THEY", "HE", "SHE", "WE", "NOT",
         "INTO", "UPON", "OVER", "UNDER", "AGAINST", "OUT", "UP", "DOWN", "OFF", "BACK", "AFTER", "BEFORE", "SINCE", "DURING", "THAN", "ITS", "THEIR",
         "HIS", "HER", "OUR", "UPON", "WHEN", "WHILE", "IF"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="e"/> (roots 02 to 13) is triggered by a one-word participle in -ed that modifies the noun after it.</summary>
    public static bool Modifies(SentenceFrame frame, DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Code.RootNumber is < 2 or > 13)
        {
            return false;
        }

        var i = DealReadings.IndexOf(frame, e.Trigger.Start);
        if (i < 1 || i + 1 >= frame.Length || frame.Spans[i].End != e.Trigger.End || !frame.Words[i].EndsWith("ED", StringComparison.Ordinal))
        {
            return false;
        }

        var next = frame.Words[i + 1];
        return Openers.Contains(frame.Words[i - 1]) && frame.Original(i + 1) is { Length: > 1 } word && char.IsLower(word[0]) && char.IsLetter(word[0])
            && !NotNouns.Contains(next) && !next.EndsWith("LY", StringComparison.Ordinal) && !frame.IsTrigger(i + 1);
    }
}
