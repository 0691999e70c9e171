using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// A posture a police or military force is directed to take (issue 8): "police have been asked to remain vigilant",
/// "the police had been directed to keep a vigil", "the home department has directed the police to be on guard". CAMEO 15
/// (exhibit force posture: raise an alert, mobilise) is done by the order that puts a force on alert or in motion, so the
/// infinitive after a directive is taken, not merely intended, when its subject is the force directed. Other acts a force
/// is told to do ("asked to arrest", "asked to investigate") stay intended.
/// </summary>
internal static class DirectedPosture
{
    private static readonly FrozenSet<string> Directives = FrozenSet.ToFrozenSet(
        ["ASKED", "DIRECTED", "INSTRUCTED", "TOLD", "ORDERED"], StringComparer.Ordinal);

    // Verbs that hold a posture's adjective or phrase ("remain vigilant", "be on guard", "stay alert").
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["BE", "REMAIN", "STAY"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["BEEN", "BE", "IS", "ARE", "WAS", "WERE", "BEING"], StringComparer.Ordinal);

    /// <summary>
    /// True when the trigger at word <paramref name="first"/> is the infinitive of a directive whose addressee is one of
    /// <paramref name="sources"/>, a police or military force: the passive subject ("police have been asked to …") or
    /// the object ("directed the police to …").
    /// </summary>
    public static bool IsDirected(SentenceFrame frame, int first, ImmutableArray<ActorSlot> sources)
    {
        if (sources.IsEmpty || !sources.All(s => IsForce(s.Actor.Code.Value)))
        {
            return false;
        }

        var i = first - 1;
        while (i >= 0 && (Copulas.Contains(frame.Words[i]) || TriggerContext.IsAdverb(frame.Words[i])) && first - i <= 3)
        {
            i--;
        }

        if (i < 1 || frame.Words[i] != "TO")
        {
            return false;
        }

        var to = i;
        // "directed the police to": the force is the directive's object.
        if (sources.Any(s => s.Last == to - 1) && sources.First(s => s.Last == to - 1) is { } addressee && addressee.First > 0)
        {
            var before = addressee.First - 1;
            while (before > 0 && frame.Words[before] is "THE" or "ALL" or "ITS" or "THEIR")
            {
                before--;
            }

            return Directives.Contains(frame.Words[before]);
        }

        i--;
        while (i >= 0 && TriggerContext.IsAdverb(frame.Words[i]) && to - i <= 4)
        {
            i--;
        }

        // "instructed by the dgp to", "instructed from the higher authorities to": the one who directs.
        for (var k = i; k > 0 && to - k <= 6; k--)
        {
            if (frame.Words[k] is "BY" or "FROM" && Directives.Contains(frame.Words[k - 1]))
            {
                i = k - 1;
                break;
            }
        }

        if (i < 1 || !Directives.Contains(frame.Words[i]))
        {
            return false;
        }

        // "police have (also) been (reportedly) asked to": a passive directive whose subject is the force.
        for (var k = i - 1; k >= 0 && i - k <= 3; k--)
        {
            if (Auxiliaries.Contains(frame.Words[k]))
            {
                return sources.All(s => s.Last < k);
            }

            if (!TriggerContext.IsAdverb(frame.Words[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsForce(string code) => code.Contains("COP", StringComparison.Ordinal) || code.Contains("MIL", StringComparison.Ordinal);
}
