using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: sports reporting is not political news ("Ireland beat England", "set up a semi-final"). The words of
/// the verb dictionary's <c>&amp;SPORT</c> synset mark it: a sentence holding one in lower case (jargon, not the name of
/// an event), or every sentence of a document holding <see cref="DocumentThreshold"/> different ones (a score such as
/// "18-12" counting once), codes no event. A dictionary without the synset marks nothing.
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

            var lastEnd = -1;
            for (var k = 0; k < normalized.Length; k++)
            {
                if (Match(normalized, k) is { } member)
                {
                    // Sports jargon ("half-time", "semi-final") marks its sentence; the name of a sports event ("the
                    // Formula One Grand Prix", "the World Cup") may be the scene of news of any kind, and only counts
                    // towards the document, once for one run of names.
                    var first = document.Tokens[sentence.FirstToken + k].Span;
                    result[s] |= char.IsLower(document.Text[first.Start]);
                    if (k != lastEnd)
                    {
                        distinct.Add(member);
                    }

                    lastEnd = k + member.Length;
                    k = lastEnd - 1;
                }
                else if (IsScore(normalized[k]))
                {
                    // "18-12", "7-5": a result; it counts once towards the document's sports words, never alone.
                    distinct.Add(Score);
                }
            }
        }

        if (distinct.Count >= DocumentThreshold)
        {
            Array.Fill(result, true);
        }

        return result;
    }

    private static readonly ImmutableArray<string> Score = ["(SCORE)"];

    private static bool IsScore(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash is 1 or 2 && word.Length - dash - 1 is 1 or 2 && !word.AsSpan(0, dash).ContainsAnyExceptInRange('0', '9') && !word.AsSpan(dash + 1).ContainsAnyExceptInRange('0', '9');
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
