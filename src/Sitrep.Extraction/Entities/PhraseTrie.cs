namespace Sitrep.Extraction.Entities;

/// <summary>
/// A trie of token sequences with a value at each complete phrase. Built once (by a loader, cached in the
/// <see cref="Data.DataCatalog"/>), then read concurrently without allocation: children are hashed by token text and
/// looked up with a span-keyed alternate lookup.
/// </summary>
/// <typeparam name="T">The value stored with a phrase.</typeparam>
internal sealed class PhraseTrie<T>
    where T : class
{
    /// <summary>Longest phrase, in tokens, a lookup will try.</summary>
    public const int MaxTokens = 10;

    private readonly Node _root;
    private readonly StringComparer _comparer;

    public PhraseTrie(bool ignoreCase)
    {
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        IgnoreCase = ignoreCase;
        _root = new Node(string.Empty);
    }

    /// <summary>True when token text is compared without regard to case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of phrases stored.</summary>
    public int Count { get; private set; }

    /// <summary>Splits a phrase into the tokens the tokenizer would make of it: at spaces, with a possessive <c>’s</c> apart.</summary>
    public static List<string> SplitPhrase(string phrase)
    {
        var tokens = new List<string>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length > 2 && (part.EndsWith("'s", StringComparison.Ordinal) || part.EndsWith("’s", StringComparison.Ordinal)))
            {
                tokens.Add(part[..^2]);
                tokens.Add(part[^2..]);
            }
            else
            {
                tokens.Add(part);
            }
        }

        return tokens;
    }

    /// <summary>Adds a phrase; when it is already present, keeps the first value unless <paramref name="replace"/>.</summary>
    public void Add(string phrase, T value, bool replace = false)
    {
        var tokens = SplitPhrase(phrase);
        if (tokens.Count == 0 || tokens.Count > MaxTokens)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(_comparer);
            if (!node.Children.TryGetValue(token, out var child))
            {
                child = new Node(token);
                node.Children.Add(token, child);
            }

            node = child;
        }

        if (node.Value is null)
        {
            Count++;
            node.Value = value;
        }
        else if (replace)
        {
            node.Value = value;
        }
    }

    /// <summary>True when the phrase is stored; gives its value.</summary>
    public bool TryGet(string phrase, out T? value)
    {
        var node = _root;
        foreach (var token in SplitPhrase(phrase))
        {
            if (node.Children is null || !node.Children.TryGetValue(token, out node))
            {
                value = null;
                return false;
            }
        }

        value = node.Value;
        return value is not null;
    }

    /// <summary>
    /// The longest stored phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>:
    /// returns its length in tokens (0 when none) and its value. With <paramref name="matchCase"/>, a token whose stored
    /// form starts upper-case must start upper-case in the text too (so <c>the hague</c> is not <c>The Hague</c>).
    /// </summary>
    public int Match(in TokenView view, int start, int end, bool matchCase, out T? value) => Match(view, start, end, matchCase, default, out value);

    /// <summary>
    /// As <see cref="Match(in TokenView, int, int, bool, out T?)"/>, and writes the stored spelling of each token of the
    /// phrase into <paramref name="forms"/> (its first <c>length</c> items): how the lexicon writes <c>u.s.</c> or
    /// <c>the hague</c> (issue 8 point 4, truecasing).
    /// </summary>
    public int Match(in TokenView view, int start, int end, bool matchCase, Span<string?> forms, out T? value)
    {
        value = null;
        var best = 0;
        var node = _root;
        var limit = Math.Min(end, start + MaxTokens);
        for (var i = start; i < limit; i++)
        {
            if (node.Children is null || (i > start && !view.JoinedToPrevious(i)))
            {
                break;
            }

            var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            var text = view[i];
            if (!lookup.TryGetValue(text, out var child))
            {
                break;
            }

            if (matchCase && char.IsUpper(child.Key[0]) && !char.IsUpper(text[0]))
            {
                break;
            }

            node = child;
            if (i - start < forms.Length)
            {
                forms[i - start] = child.Key;
            }

            if (node.Value is not null)
            {
                best = i - start + 1;
                value = node.Value;
            }
        }

        return best;
    }

    private sealed class Node(string key)
    {
        public string Key { get; } = key;

        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}
