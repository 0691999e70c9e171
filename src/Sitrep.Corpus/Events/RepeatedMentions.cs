namespace Sitrep.Corpus.Events;

/// <summary>
/// Pairs the events of an article with those of its re-publication that repeat them (issue 10 point 8): a copy's
/// event repeats an original's when its evidence has the same text (the edits left that sentence part alone). Each
/// event is paired at most once, in text order.
/// </summary>
public static class RepeatedMentions
{
    /// <summary>The pairs (index in <paramref name="original"/>, index in <paramref name="copy"/>).</summary>
    /// <param name="original">The evidence text of each event of the original, in order.</param>
    /// <param name="copy">The evidence text of each event of the copy, in order.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IReadOnlyList<(int Original, int Copy)> Pair(IReadOnlyList<string> original, IReadOnlyList<string> copy)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(copy);
        var used = new bool[copy.Count];
        var pairs = new List<(int, int)>();
        for (var i = 0; i < original.Count; i++)
        {
            for (var j = 0; j < copy.Count; j++)
            {
                if (!used[j] && string.Equals(original[i], copy[j], StringComparison.Ordinal))
                {
                    used[j] = true;
                    pairs.Add((i, j));
                    break;
                }
            }
        }

        return pairs;
    }
}
