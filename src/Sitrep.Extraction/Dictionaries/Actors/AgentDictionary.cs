using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Role words (agents: <c>minister</c>, <c>troops</c>, <c>rebels</c>) and the codes they add to an actor, for
/// case-insensitive longest-match lookup (issue 3 point 2). Immutable and thread-safe once built.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Issue 3 names it: an agent dictionary in the TABARI sense, not a collection type.")]
public sealed class AgentDictionary
{
    private readonly PhraseTrie<AgentCandidate> _trie;

    private AgentDictionary(PhraseTrie<AgentCandidate> trie, ImmutableArray<string> stamps)
    {
        _trie = trie;
        Stamps = stamps;
    }

    /// <summary>Number of distinct phrases (singulars and plurals).</summary>
    public int PhraseCount => _trie.Count;

    /// <summary>Stamps of the files it was built from.</summary>
    public ImmutableArray<string> Stamps { get; }

    /// <summary>Builds the dictionary from Sitrep agent records.</summary>
    /// <exception cref="DataFileException">When a phrase is given two different codes; the message names both lines.</exception>
    public static AgentDictionary Build(IEnumerable<AgentRecord> records, IEnumerable<string>? stamps = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var trie = new PhraseTrie<AgentCandidate>();
        var seen = new Dictionary<string, AgentRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var phrase in record.Phrases)
            {
                var words = PhraseWords.Split(phrase);
                var key = string.Join(' ', words);
                if (seen.TryGetValue(key, out var other))
                {
                    if (other.Code != record.Code || other.IsPrefix != record.IsPrefix)
                    {
                        throw new DataFileException(record.Path, record.Line, $"agent phrase '{phrase}' already has code {other.Code} at {other.Path}:{other.Line}.");
                    }

                    continue;
                }

                seen[key] = record;
                trie.Add(words, stemLast: false, new AgentCandidate(record.Code, record.IsPrefix, record.Path, record.Line));
            }
        }

        return new AgentDictionary(trie, [.. stamps ?? []]);
    }

    /// <summary>Builds the dictionary from TABARI/PETRARCH agent entries (read by <see cref="AgentDictionaryReader"/>); the first entry of a phrase wins.</summary>
    public static AgentDictionary FromTabari(IEnumerable<AgentEntry> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var trie = new PhraseTrie<AgentCandidate>();
        foreach (var entry in entries)
        {
            var code = ActorCode.Parse(entry.Code);
            foreach (var phrase in entry.Phrases)
            {
                trie.Add(phrase.Words.Select(w => PhraseWords.Fold(w)).ToArray(), stemLast: false, new AgentCandidate(code, entry.IsPrefix, source, entry.Line));
            }
        }

        return new AgentDictionary(trie, [source]);
    }

    /// <summary>The longest agent phrase starting at word <paramref name="start"/>, or null.</summary>
    public AgentMatch? Match(ReadOnlySpan<string> words, int start)
    {
        var source = new StringWords(words);
        return MatchCore(ref source, start);
    }

    /// <summary>The longest agent phrase starting at token <paramref name="start"/>; token spans index <paramref name="text"/>.</summary>
    public AgentMatch? Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start)
    {
        var source = new TokenWords(text, tokens);
        return MatchCore(ref source, start);
    }

    /// <summary>The agent of a whole phrase (<c>prime minister</c>), or null.</summary>
    public AgentMatch? Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = PhraseWords.SplitRaw(phrase);
        var match = Match(words, 0);
        return match is not null && match.Length == words.Length ? match : null;
    }

    private AgentMatch? MatchCore<TWords>(scoped ref TWords words, int start)
        where TWords : IWordSource, allows ref struct
    {
        var acceptor = default(AgentAcceptor);
        var length = _trie.Match(ref words, start, ref acceptor);
        return length == 0 || acceptor.Found is not { } found ? null : new AgentMatch(start, length, found.Code, found.IsPrefix);
    }
}
