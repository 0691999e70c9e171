using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Actor phrases and their (possibly dated) codes, for case-insensitive longest-match lookup over token sequences
/// (issue 3 points 1–3). Build it from Sitrep's own files (<see cref="Build"/>, through
/// <see cref="ActorDictionaryCatalogExtensions.ActorDictionary"/>) or from TABARI/PETRARCH entries
/// (<see cref="FromTabari"/>). Immutable and thread-safe once built.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Issue 3 names it: an actor dictionary in the TABARI sense, not a collection type.")]
public sealed class ActorDictionary
{
    private readonly PhraseTrie<ActorCandidate> _trie;

    private ActorDictionary(PhraseTrie<ActorCandidate> trie, ImmutableArray<string> stamps)
    {
        _trie = trie;
        Stamps = stamps;
    }

    /// <summary>Number of distinct phrases.</summary>
    public int PhraseCount => _trie.Count;

    /// <summary>Stamps (<c>name@vN</c>) of the files it was built from (STYLE A8).</summary>
    public ImmutableArray<string> Stamps { get; }

    /// <summary>
    /// Builds a dictionary from Sitrep actor records. The same phrase may appear on several lines with the same code,
    /// with different dated codes whose ranges do not overlap, or with one undated code beside dated ones (the
    /// undated code applies outside the ranges). Records relative to the focus country (<see cref="ActorRecord.FocusCountry"/>)
    /// are left out: their country is the document's, not the phrase's (see <see cref="FocusGroupDictionary"/>).
    /// </summary>
    /// <exception cref="DataFileException">
    /// When a phrase has two different undated codes, or two different codes over overlapping dates; the message
    /// names both lines.
    /// </exception>
    public static ActorDictionary Build(IEnumerable<ActorRecord> records, IEnumerable<string>? stamps = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var trie = new PhraseTrie<ActorCandidate>();
        var seen = new Dictionary<string, List<ActorRecord>>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => !r.FocusCountry))
        {
            var code = new DatedCode([record.Code], record.From, record.Until);
            foreach (var phrase in record.Phrases)
            {
                var exact = phrase.StartsWith(ActorFileReader.CaseSensitiveMark);
                var text = exact ? phrase[1..] : phrase;
                var words = PhraseWords.Split(text);
                var key = (exact ? "=" : string.Empty) + string.Join(' ', words);
                if (!seen.TryGetValue(key, out var earlier))
                {
                    seen[key] = earlier = [];
                }

                if (Check(earlier, record, text))
                {
                    trie.Add(words, stemLast: false, new ActorCandidate(code, exact ? PhraseWords.SplitRaw(text) : null, record.Path, record.Line));
                }

                earlier.Add(record);
            }
        }

        return new ActorDictionary(trie, [.. stamps ?? []]);
    }

    /// <summary>
    /// Builds a dictionary from TABARI/PETRARCH actor entries (read by <see cref="ActorDictionaryReader"/>), so users
    /// can bring their own dictionaries. A phrase without a trailing <c>_</c> matches its last word as a stem; when a
    /// phrase appears in several entries the first entry wins (no conflict check: such files hold duplicates).
    /// </summary>
    public static ActorDictionary FromTabari(IEnumerable<ActorEntry> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var trie = new PhraseTrie<ActorCandidate>();
        foreach (var entry in entries)
        {
            foreach (var phrase in entry.Phrases)
            {
                var words = phrase.Words.Select(w => PhraseWords.Fold(w)).ToArray();
                foreach (var code in entry.Codes)
                {
                    trie.Add(words, stemLast: !phrase.ExactLast, new ActorCandidate(code, null, source, entry.Line));
                }
            }
        }

        return new ActorDictionary(trie, [source]);
    }

    /// <summary>The longest actor phrase starting at word <paramref name="start"/> with a code valid on <paramref name="date"/>.</summary>
    /// <param name="words">Words (token texts) of a sentence.</param>
    /// <param name="start">Index of the first word to try.</param>
    /// <param name="date">The article date (STYLE A10).</param>
    /// <returns>The match, or null when no phrase starts there.</returns>
    public ActorMatch? Match(ReadOnlySpan<string> words, int start, DateOnly date)
    {
        var source = new StringWords(words);
        return MatchCore(ref source, start, date);
    }

    /// <summary>The longest actor phrase starting at token <paramref name="start"/>; token spans index <paramref name="text"/>.</summary>
    public ActorMatch? Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, DateOnly date)
    {
        var source = new TokenWords(text, tokens);
        return MatchCore(ref source, start, date);
    }

    /// <summary>The code of a whole phrase (<c>Fayez al-Serraj</c>) on a date, or null when the phrase is not an actor then.</summary>
    public ActorCode? Lookup(string phrase, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = PhraseWords.SplitRaw(phrase);
        var match = Match(words, 0, date);
        return match is not null && match.Length == words.Length ? match.Code : null;
    }

    /// <summary>Every match in a word sequence, left to right, each the longest at its position; words inside a match are skipped.</summary>
    public ImmutableArray<ActorMatch> FindAll(ReadOnlySpan<string> words, DateOnly date)
    {
        var result = ImmutableArray.CreateBuilder<ActorMatch>();
        for (var i = 0; i < words.Length;)
        {
            var match = Match(words, i, date);
            if (match is null)
            {
                i++;
                continue;
            }

            result.Add(match);
            i = match.End;
        }

        return result.ToImmutable();
    }

    private ActorMatch? MatchCore<TWords>(scoped ref TWords words, int start, DateOnly date)
        where TWords : IWordSource, allows ref struct
    {
        var acceptor = new ActorAcceptor<TWords>(ref words, start, date);
        var length = _trie.Match(ref words, start, ref acceptor);
        return length == 0 || acceptor.Found is not { } found ? null : new ActorMatch(start, length, found.Code.Codes, found.Path, found.Line);
    }

    /// <summary>Checks a record against earlier records of the same phrase; returns false when it adds nothing new.</summary>
    private static bool Check(List<ActorRecord> earlier, ActorRecord record, string phrase)
    {
        var isNew = true;
        foreach (var other in earlier)
        {
            var sameDates = other.From == record.From && other.Until == record.Until;
            if (other.Code == record.Code)
            {
                isNew &= !sameDates;
                continue;
            }

            if (!other.IsDated && !record.IsDated)
            {
                throw new DataFileException(record.Path, record.Line,
                    $"phrase '{phrase}' already has the undated code {other.Code} at {other.Path}:{other.Line}; give one of them dates or remove one.");
            }

            if (other.IsDated && record.IsDated && Overlap(other, record))
            {
                throw new DataFileException(record.Path, record.Line,
                    $"phrase '{phrase}' has code {other.Code} at {other.Path}:{other.Line} over overlapping dates; make the ranges disjoint.");
            }
        }

        return isNew;
    }

    private static bool Overlap(ActorRecord a, ActorRecord b) =>
        (a.From ?? DateOnly.MinValue) <= (b.Until ?? DateOnly.MaxValue) && (b.From ?? DateOnly.MinValue) <= (a.Until ?? DateOnly.MaxValue);
}
