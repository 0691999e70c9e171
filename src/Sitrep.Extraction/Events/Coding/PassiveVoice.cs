namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Passive voice on a constituency tree: a past participle (<c>VBN</c>) governed by a form of BE ("Eriador was opposed
/// by Osgiliath"); its logical subject is the actor of the <c>by</c> phrase of its verb phrase.
/// </summary>
internal static class PassiveVoice
{
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "'RE" };

    /// <summary>True when the verb at <paramref name="verb"/> is a participle under a form of BE.</summary>
    public static bool IsPassive(CodingSentence sentence, TreeNode verb)
    {
        if (verb.Category != "VBN")
        {
            return false;
        }

        for (var vp = verb.Parent; vp is { Category: "VP" }; vp = vp.Parent)
        {
            foreach (var child in vp.Children)
            {
                if (child.Start >= verb.Start)
                {
                    break;
                }

                if (child.IsWord && child.Category.StartsWith("VB", StringComparison.Ordinal) && BeForms.Contains(sentence.Words[child.Start]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The <c>by</c> phrase of the verb's own verb phrase (its logical subject), also under an adverb phrase
    /// ("opposed earlier by Osgiliath"), never inside a nested clause or verb phrase; null when there is none.
    /// </summary>
    public static TreeNode? ByPhrase(CodingSentence sentence, TreeNode verb) =>
        verb.Parent is { } phrase ? FindBy(sentence, phrase, verb.Start) : null;

    private static TreeNode? FindBy(CodingSentence sentence, TreeNode node, int after)
    {
        foreach (var child in node.Children)
        {
            if (child.Start <= after || child.IsWord || child.IsClause || child.Category == "VP")
            {
                continue;
            }

            if (child.Category == "PP" && sentence.Words[child.Start] == "BY")
            {
                return child;
            }

            if (child.Category is "ADVP" or "PP" && FindBy(sentence, child, after) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
