using System.Collections.Concurrent;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Normalised (upper-case, plain-apostrophe) word strings, shared across documents and threads so that a word is
/// allocated once, not once per token: news vocabulary is small next to its token count. Bounded by
/// <see cref="MaxWords"/>; past it, rare words are simply allocated each time.
/// </summary>
internal sealed class WordCache
{
    /// <summary>Most distinct words kept.</summary>
    public const int MaxWords = 250_000;

    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordCache() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The normalised form of <paramref name="word"/>.</summary>
    public string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = c is '’' or '‘' or 'ʼ' ? '\'' : char.ToUpperInvariant(c);
        }

        if (_lookup.TryGetValue(buffer, out var known))
        {
            return known;
        }

        var created = new string(buffer);
        return _words.Count < MaxWords ? _words.GetOrAdd(created, created) : created;
    }
}
