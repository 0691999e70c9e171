namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// A word trie over folded words (<see cref="PhraseWords"/>): the first word of a phrase is one dictionary lookup, each
/// next word another. Matching walks as deep as the text allows and offers the phrases it passed longest first, so
/// the caller takes the longest phrase whose values apply. Built once, then read-only and thread-safe.
/// </summary>
/// <typeparam name="T">Value stored per phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    /// <summary>Longest phrase, in words.</summary>
    public const int MaxPhraseWords = 16;

    private readonly Node _root = new();

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a value under a phrase of folded words.</summary>
    /// <param name="words">Folded words (see <see cref="PhraseWords.Split"/>).</param>
    /// <param name="stemLast">True when the last word matches any word it starts (TABARI stems: <c>ARGENTIN</c>).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">When the phrase is empty or longer than <see cref="MaxPhraseWords"/>.</exception>
    public void Add(IReadOnlyList<string> words, bool stemLast, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count is 0 or > MaxPhraseWords)
        {
            throw new ArgumentException($"a phrase needs 1 to {MaxPhraseWords} words; got {words.Count}.", nameof(words));
        }

        var node = _root;
        var last = stemLast ? words.Count - 1 : words.Count;
        for (var i = 0; i < last; i++)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(words[i], out var child))
            {
                child = new Node();
                node.Children.Add(words[i], child);
            }

            node = child;
        }

        List<T> values;
        if (stemLast)
        {
            node.Stems ??= [];
            var stem = node.Stems.FindIndex(s => s.Stem == words[^1]);
            if (stem < 0)
            {
                node.Stems.Add(new StemEnd(words[^1], []));
                stem = node.Stems.Count - 1;
            }

            values = node.Stems[stem].Values;
        }
        else
        {
            values = node.Values ??= [];
        }

        if (values.Count == 0)
        {
            Count++;
        }

        values.Add(value);
    }

    /// <summary>Offers the phrases starting at word <paramref name="start"/>, longest first, until one is accepted.</summary>
    /// <returns>The accepted phrase's length in words, or 0.</returns>
    public int Match<TWords, TAcceptor>(scoped ref TWords words, int start, ref TAcceptor acceptor)
        where TWords : IWordSource, allows ref struct
        where TAcceptor : IPhraseAcceptor<T>, allows ref struct
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        return start < words.Count ? Walk(_root, ref words, start, 0, ref acceptor) : 0;
    }

    private static int Walk<TWords, TAcceptor>(Node node, scoped ref TWords words, int index, int depth, ref TAcceptor acceptor)
        where TWords : IWordSource, allows ref struct
        where TAcceptor : IPhraseAcceptor<T>, allows ref struct
    {
        if (index < words.Count && depth < MaxPhraseWords && (node.Children is not null || node.Stems is not null))
        {
            Span<char> buffer = stackalloc char[PhraseWords.MaxWordLength];
            var word = words.Word(index);
            scoped ReadOnlySpan<char> folded;
            if (PhraseWords.TryFold(word, buffer, out var length))
            {
                folded = buffer[..length];
            }
            else
            {
                folded = word.Length > 4 * PhraseWords.MaxWordLength ? [] : PhraseWords.FoldSlow(word);
            }

            if (!folded.IsEmpty)
            {
                if (node.Children is not null
                    && node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var child))
                {
                    var found = Walk(child, ref words, index + 1, depth + 1, ref acceptor);
                    if (found > 0)
                    {
                        return found;
                    }
                }

                if (node.Stems is not null)
                {
                    foreach (var stem in node.Stems)
                    {
                        if (folded.StartsWith(stem.Stem, StringComparison.Ordinal) && acceptor.Accept(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stem.Values), depth + 1))
                        {
                            return depth + 1;
                        }
                    }
                }
            }
        }

        return node.Values is not null && depth > 0 && acceptor.Accept(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(node.Values), depth) ? depth : 0;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }

        public List<StemEnd>? Stems { get; set; }
    }

    private sealed record StemEnd(string Stem, List<T> Values);
}
