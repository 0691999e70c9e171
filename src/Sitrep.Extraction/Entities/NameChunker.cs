using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Finds capitalised-name chunks in a sentence and types them: titles split a person from their role and affiliation
/// (<c>GNA Interior Minister Fathi Bashagha</c>); cue words make organisations and places; gazetteers, demonyms and
/// given names decide the rest. Pure: appends <see cref="Candidate"/>s (STYLE A5).
/// </summary>
/// <remarks>
/// The class is split by concern: this file holds the state, the sentence loop and the token tests every part uses;
/// <c>NameChunker.Extent.cs</c> where a chunk ends, <c>NameChunker.HyphenPrefixes.cs</c> "Turkish-backed" words,
/// <c>NameChunker.Titles.cs</c> titles and roles, <c>NameChunker.PlainNames.cs</c> the typing of a chunk with no title,
/// <c>NameChunker.CountryActors.cs</c> a country acting as its state, <c>NameChunker.Context.cs</c> the words in and
/// around a chunk that type it, <c>NameChunker.Works.cs</c> titles of works and designations.
/// </remarks>
internal sealed partial class NameChunker
{
    /// <summary>Longest chunk, in tokens; longer runs of capitals are cut.</summary>
    public const int MaxChunkTokens = 12;

    private readonly EntityLexicon _lex;
    private readonly TokenView _view;
    private readonly List<Candidate> _out;
    private readonly bool[] _consumed;
    private readonly LowerCaseWords _lowerCase;
    private int _sentence;
    private int _sentenceStart;

    public NameChunker(EntityLexicon lexicon, TokenView view, bool[] consumed, List<Candidate> output, LowerCaseWords lowerCase)
    {
        _lowerCase = lowerCase;
        _lex = lexicon;
        _view = view;
        _consumed = consumed;
        _out = output;
    }

    /// <summary>Chunks tokens [<paramref name="start"/>, <paramref name="end"/>) of sentence <paramref name="sentence"/>.</summary>
    public void Run(int sentence, int start, int end)
    {
        _sentence = sentence;
        _sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (_consumed[i])
            {
                i++;
                continue;
            }

            if (HyphenPrefix(i) is var prefix and > 0)
            {
                EmitPrefix(i, prefix);
                i++;
                continue;
            }

            if (!IsNameToken(i))
            {
                // "al Qaeda", "al-Shabaab": a known organisation whose name starts with a lower-case particle.
                if (_view.IsWord(i) && char.IsLower(_view[i][0]) && (_view[i].StartsWith("al-", StringComparison.Ordinal) || (Class(i) & WordClass.Particle) != 0)
                    && _lex.Organizations.Match(_view, i, end, matchCase: true, out var known) is var len and > 0 && known is not null)
                {
                    _out.Add(Make(i, i + len - 1, EntityType.Org) with { GroupKey = known.Name, Acronym = known.Acronym });
                    i += len;
                    continue;
                }

                i++;
                continue;
            }

            var j = Math.Max(Extend(i, end), i + _lex.Organizations.Match(_view, i, end, matchCase: true, out _) - 1);
            if (WorkTitleEnd(i, j, end) is var title and >= 0)
            {
                j = title; // "the comedy Napoleon Dynamite", "drama Maria Full of Grace": the title of a work, no entity
            }
            else if ((Class(i) & WordClass.NameBlocker) == 0)
            {
                Classify(i, j);
            }

            i = j + 1;
        }
    }

    /// <summary>The lexicon's word classes of token <paramref name="i"/>.</summary>
    private WordClass Class(int i) => _lex.Classify(_view[i]);

    private bool IsNameToken(int i) =>
        !_consumed[i] && _view.IsCapitalised(i) && HyphenPrefix(i) == 0 && (Class(i) & WordClass.NonEntity) == 0 && !IsGlued(i);

    /// <summary>True when token <paramref name="k"/> is a lower-case word on the same line as the token before it.</summary>
    private bool IsLowerWord(int k) => k < _view.Count && _view.IsWord(k) && _view.JoinedToPrevious(k) && char.IsLower(_view[k][0]);

    /// <summary>True when token <paramref name="k"/> exists and is one of <paramref name="words"/>, ignoring case.</summary>
    private bool IsAnyOf(int k, ImmutableArray<string> words)
    {
        foreach (var w in words)
        {
            if (_view.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a capitalised token of [<paramref name="first"/>, <paramref name="last"/>] has a class of <paramref name="c"/>.</summary>
    private bool HasClass(int first, int last, WordClass c)
    {
        for (var k = first; k <= last; k++)
        {
            if ((Class(k) & c) != 0 && char.IsUpper(_view[k][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name candidate over tokens [<paramref name="first"/>, <paramref name="last"/>] of the current sentence.</summary>
    private Candidate Make(int first, int last, EntityType? type, string? name = null) => new(
        _view.RangeSpan(first, last), type, MentionKind.Name, name ?? _view.Range(first, last))
    {
        Sentence = _sentence,
        FirstToken = first,
        LastToken = last,
        SentenceInitial = first == _sentenceStart || (first == _sentenceStart + 1 && _view.Kind(_sentenceStart) == TokenKind.Quote),
    };
}
