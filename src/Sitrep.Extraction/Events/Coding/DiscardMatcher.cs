using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Finds discard phrases (<c>BASEBALL</c>, <c>+TYPHOON</c>) in a sentence: a sentence holding one is not coded; a
/// story discard (<c>+</c>) also stops the rest of its story. Words match whole, the last one as a stem unless the
/// phrase ends in <c>_</c>, as actor phrases do.
/// </summary>
internal static class DiscardMatcher
{
    /// <summary>The first discard entry found in <paramref name="words"/> (upper case), or null.</summary>
    public static DiscardEntry? Find(ImmutableArray<DiscardEntry> discards, IReadOnlyList<string> words)
    {
        foreach (var discard in discards)
        {
            var phrase = discard.Phrase.Words;
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                if (Matches(discard.Phrase, words, start))
                {
                    return discard;
                }
            }
        }

        return null;
    }

    private static bool Matches(DictionaryPhrase phrase, IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < phrase.Words.Length; i++)
        {
            var word = words[start + i];
            var last = i == phrase.Words.Length - 1;
            if (!(word == phrase.Words[i] || (last && !phrase.ExactLast && word.StartsWith(phrase.Words[i], StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }
}
