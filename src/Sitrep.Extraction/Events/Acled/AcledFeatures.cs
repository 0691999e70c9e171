using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// The features the trained ACLED model weighs for one event (issue 8 point 6): the sentence's words and word pairs
/// (lower case, function words left out), the cue labels near and far from the event, the rule scores of
/// <see cref="AcledRules"/>, the CAMEO root and code, and the actor types. Names are stable strings, so a model file
/// stays readable.
/// </summary>
public static class AcledFeatures
{
    private static readonly FrozenSet<string> Stop = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "OF", "IN", "ON", "AT", "TO", "AND", "OR", "FOR", "WITH", "BY", "FROM", "AS", "IS", "WAS", "WERE", "ARE", "BE", "BEEN", "THAT", "THIS", "IT", "ITS", "HIS", "HER", "THEIR", "'S", ",", ".", "\"", "“", "”", "'", "(", ")", "-", ":", ";"],
        StringComparer.Ordinal);

    /// <summary>The word without a common English inflection (-ies, -es, -s, -ed, -ing), when at least four letters remain.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes = [("ies", "y"), ("ing", string.Empty), ("ed", string.Empty), ("es", string.Empty), ("s", string.Empty)];

    /// <summary>The features of an event with their values.</summary>
    public static List<(string Name, double Value)> Of(AcledEventView e, double[] ruleScores)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(ruleScores);
        var f = new List<(string, double)>(e.Words.Length * 2 + 40);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var word in e.Words)
        {
            if (Stop.Contains(word) || word.Length == 0 || !char.IsLetterOrDigit(word[0]))
            {
                previous = null;
                continue;
            }

            var w = char.IsAsciiDigit(word[0]) ? "#" : word.ToLowerInvariant();
            if (seen.Add("w:" + w))
            {
                f.Add(("w:" + w, 1));
            }

            // A crude stem ("marched", "marches", "marching" → "march"), so that unseen inflections share weights.
            var stem = Stem(w);
            if (stem != w && seen.Add("s:" + stem))
            {
                f.Add(("s:" + stem, 1));
            }

            if (previous is not null && seen.Add("b:" + previous + "_" + w))
            {
                f.Add(("b:" + previous + "_" + w, 1));
            }

            previous = w;
        }

        foreach (var word in e.Context)
        {
            if (!Stop.Contains(word) && word.Length > 2 && char.IsLetter(word[0]) && seen.Add("c:" + word))
            {
                f.Add(("c:" + word.ToLowerInvariant(), 0.5));
            }
        }

        var near = new double[AcledRules.LabelCount];
        var far = new double[AcledRules.LabelCount];
        foreach (var hit in e.Hits)
        {
            var isNear = hit.Last >= e.EvidenceFirst - AcledRules.Near && hit.First <= e.EvidenceLast + AcledRules.Near;
            foreach (var cue in hit.Cues)
            {
                (isNear ? near : far)[(int)cue.Label] += cue.Weight;
            }
        }

        for (var l = 1; l < AcledRules.LabelCount; l++)
        {
            var label = ((CaseLabel)l).ToString();
            if (near[l] > 0)
            {
                f.Add(("cue-near:" + label, Math.Min(near[l], 6) / 3));
            }

            if (far[l] > 0)
            {
                f.Add(("cue-far:" + label, Math.Min(far[l], 6) / 3));
            }

            if (ruleScores[l] != 0)
            {
                f.Add(("rule:" + label, ruleScores[l] / 3));
            }
        }

        f.Add(("cameo-root:" + e.Code.Root.Value, 1));
        f.Add(("cameo:" + e.Code.Value, 1));
        f.Add(("src:" + e.Source, 1));
        f.Add(("tgt:" + e.Target, 1));
        f.Add(("pair:" + e.Source + ">" + e.Target, 1));
        if (e.Killed)
        {
            f.Add(("killed", 1));
        }

        if (e.Anchored)
        {
            f.Add(("anchored", 1));
        }

        f.Add(("bias", 1));
        return f;
    }
}
