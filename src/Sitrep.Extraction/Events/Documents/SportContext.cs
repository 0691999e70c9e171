using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: sports reporting is not political news ("Ireland beat England", "set up a semi-final"). The words of
/// the verb dictionary's <c>&amp;SPORT</c> synset mark it: a sentence holding one, or every sentence of a document holding
/// <see cref="DocumentThreshold"/> different ones, codes no event. A dictionary without the synset marks nothing.
/// </summary>
internal sealed class SportContext
{
    /// <summary>Different sports words that make a whole document sports reporting.</summary>
    public const int DocumentThreshold = 2;

    /// <summary>The name of the synset in the verb dictionary.</summary>
    public const string SynsetName = "&SPORT";

    private readonly FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> _byFirstWord;

    public SportContext(EventDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _byFirstWord = dictionary.SynsetMembersOrEmpty(SynsetName)
            .Where(m => m.Length > 0)
            .GroupBy(m => m[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(m => m.Length).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>For each sentence of <paramref name="document"/>, true when it is sports reporting.</summary>
    public bool[] Sentences(Document document, WordCache words)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new bool[document.Sentences.Length];
        if (_byFirstWord.Count == 0)
        {
            return result;
        }

        var distinct = new HashSet<ImmutableArray<string>>();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            var normalized = new string[sentence.TokenCount];
            for (var k = 0; k < normalized.Length; k++)
            {
                var span = document.Tokens[sentence.FirstToken + k].Span;
                normalized[k] = words.Normalize(document.Text.AsSpan(span.Start, span.Length));
            }

            for (var k = 0; k < normalized.Length; k++)
            {
                if (Match(normalized, k) is { } member)
                {
                    result[s] = true;
                    distinct.Add(member);
                }
            }
        }

        if (distinct.Count >= DocumentThreshold)
        {
            Array.Fill(result, true);
        }

        return result;
    }

    private ImmutableArray<string>? Match(string[] words, int k)
    {
        if (!_byFirstWord.TryGetValue(words[k], out var members))
        {
            return null;
        }

        foreach (var member in members)
        {
            if (k + member.Length <= words.Length && member.AsSpan().SequenceEqual(words.AsSpan(k, member.Length)))
            {
                return member;
            }
        }

        return null;
    }
}
