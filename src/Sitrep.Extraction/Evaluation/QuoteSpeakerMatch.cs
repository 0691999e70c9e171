namespace Sitrep.Extraction.Evaluation;

/// <summary>How evaluations compare names and roles: case-insensitive, over words, ignoring a leading article.</summary>
public static class QuoteSpeakerMatch
{
    /// <summary>True when two names are the same after normalising case, punctuation and a leading <c>the</c>.</summary>
    public static bool SameName(string? predicted, string? gold) =>
        predicted is not null && gold is not null && string.Join(' ', Words(predicted, true)) == string.Join(' ', Words(gold, true));

    /// <summary>
    /// True when the names are the same or one's words are all among the other's (<c>Johnson</c> and <c>Boris Johnson</c>,
    /// <c>police</c> and <c>the police</c>): the lenient speaker match of the Wikinews evaluation.
    /// </summary>
    public static bool CompatibleName(string? predicted, string? gold)
    {
        if (predicted is null || gold is null)
        {
            return false;
        }

        var p = Words(predicted, true);
        var g = Words(gold, true);
        return p.Count > 0 && g.Count > 0 && (p.All(g.Contains) || g.All(p.Contains));
    }

    /// <summary>True when the predicted role contains the gold role, or shares at least half of its words.</summary>
    public static bool RoleMatches(string? predicted, string? gold)
    {
        if (string.IsNullOrWhiteSpace(gold))
        {
            return true;
        }

        if (predicted is null)
        {
            return false;
        }

        if (predicted.Contains(gold, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var p = Words(predicted, false);
        var g = Words(gold, false);
        return g.Count > 0 && g.Count(p.Contains) * 2 >= g.Count;
    }

    private static List<string> Words(string s, bool dropArticle)
    {
        var words = s.ToLowerInvariant()
            .Split((char[])[' ', ',', '.', ';', ':', '’', '\'', '"', '(', ')', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (dropArticle && words.Count > 1 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return words;
    }
}
