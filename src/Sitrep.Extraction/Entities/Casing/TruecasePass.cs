using System.Collections.Immutable;
using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// Truecases one document (see <see cref="Truecaser"/>): lower-cases the words of its caseless sentences, decides for
/// each word the spelling newsroom text would give it, and writes those spellings into a copy of the text. A word keeps
/// the first decision made about it, so the evidence runs strongest first: acronym definitions, names after titles,
/// names after given names or initials, the lexicons' places and organisations, speakers, names of known name words;
/// then single words; then the document's consistency, organisation names, and words of names next to a name.
/// </summary>
internal sealed partial class TruecasePass
{
    private const int MaxAcronymLetters = 8;
    private const int MaxLongFormWords = 10;

    private static readonly string[] Locatives = ["in", "at", "near", "from", "to", "of", "and", "outside", "around", "towards", "toward", "via", "between", "across", "into", "inside"];

    // Locatives strong enough for a word news capitalises only inside names ("in temple", not "of temple").
    private static readonly string[] StrongLocatives = ["in", "at", "near", "from", "to", "outside", "around", "towards", "toward", "via", "into", "inside"];
    private static readonly string[] FunctionWords = ["of", "the", "and", "for", "in", "on", "de", "du", "la", "le", "al", "el", "to", "&"];

    private readonly Truecaser _owner;
    private readonly EntityLexicon _lex;
    private readonly string _raw;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly CasingProfile _profile;
    private readonly string?[] _spell;
    private readonly bool[] _decided;
    private readonly bool[] _place;
    private readonly bool[] _looked;
    private readonly bool[] _cued;
    private readonly WordClass[] _classes;
    private readonly Lean[] _leans;
    private readonly WordCasingEntry[] _entries;
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _pending = [];
    private readonly string?[] _forms = new string?[PhraseTrie<PlaceEntry>.MaxTokens];
    private Dictionary<string, string>? _written;
    private TokenView _v;

    public TruecasePass(Truecaser owner, string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, CasingProfile profile)
    {
        _owner = owner;
        _lex = owner.Lexicon;
        _raw = text;
        _tokens = tokens;
        _sentences = sentences;
        _profile = profile;
        _spell = new string?[tokens.Length];
        _decided = new bool[tokens.Length];
        _place = new bool[tokens.Length];
        _looked = new bool[tokens.Length];
        _cued = new bool[tokens.Length];
        _classes = new WordClass[tokens.Length];
        _leans = new Lean[tokens.Length];
        _entries = new WordCasingEntry[tokens.Length];
    }

    /// <summary>The truecased copy of the text.</summary>
    public string Run()
    {
        var lowered = Lowered();
        _v = new TokenView(lowered, _tokens);
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] != CasingRegime.Normal)
            {
                var (first, end) = Range(s);
                Definitions(first, end);
                TitleNames(first, end);
                GivenNames(first, end);
                Phrases(s, first, end);
                SpeakerNames(first, end);
                OtherNames(first, end);
            }
        }

        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] != CasingRegime.Normal)
            {
                var (first, end) = Range(s);
                Words(first, end, _profile.Sentences[s]);
            }
        }

        Consistency();
        Organisations();
        Consistency();
        ExtendNames();
        return Apply(lowered);
    }

    private (int First, int End) Range(int s) => (_sentences[s].FirstToken, Math.Min(_sentences[s].EndToken, _tokens.Length));

    // The raw text with every word of a caseless sentence in lower case.
    private string Lowered()
    {
        var chars = _raw.ToCharArray();
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] == CasingRegime.Normal)
            {
                continue;
            }

            var (first, end) = Range(s);
            for (var t = first; t < end; t++)
            {
                if (_tokens[t].Kind == TokenKind.Word)
                {
                    var span = _tokens[t].Span;
                    for (var i = span.Start; i < span.End; i++)
                    {
                        chars[i] = char.ToLowerInvariant(chars[i]);
                    }
                }
            }
        }

        return new string(chars);
    }

    private string Apply(string lowered)
    {
        var chars = lowered.ToCharArray();
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (_spell[t] is not { } spelling)
            {
                continue;
            }

            var span = _tokens[t].Span;
            if (spelling.Length == span.Length && spelling.AsSpan().Equals(lowered.AsSpan(span.Start, span.Length), StringComparison.OrdinalIgnoreCase))
            {
                spelling.AsSpan().CopyTo(chars.AsSpan(span.Start, span.Length));
            }
            else
            {
                chars[span.Start] = char.ToUpperInvariant(chars[span.Start]);
            }
        }

        return new string(chars);
    }

    private void Set(int t, string? spelling)
    {
        _spell[t] = spelling;
        _decided[t] = true;
    }

    private string Word(int t) => _v.String(t);

    private static string Capital(string word) => word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

    private bool IsWordAt(int t) => _v.IsWord(t) && char.IsLetter(_v[t][0]);

    private Lean LeanAt(int t) => LeanAt(t, out _);

    // One lexicon lookup and one table lookup per token, however many rules ask.
    private Lean LeanAt(int t, out WordCasingEntry entry)
    {
        Look(t);
        entry = _entries[t];
        return _leans[t];
    }

    private WordClass ClassAt(int t)
    {
        Look(t);
        return _classes[t];
    }

    private bool IsBlockedAt(int t) => (ClassAt(t) & Truecaser.Blocking) != 0;

    private void Look(int t)
    {
        if (_looked[t])
        {
            return;
        }

        var w = _v[t];
        _classes[t] = _lex.Classify(w);
        _leans[t] = _owner.LeanOf(w, out _entries[t]);
        _looked[t] = true;
    }

    private bool IsLocative(int t, bool strong = false)
    {
        if (!_v.IsWord(t))
        {
            return false;
        }

        foreach (var w in strong ? StrongLocatives : Locatives)
        {
            if (_v[t].Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFunctionWord(int t)
    {
        foreach (var w in FunctionWords)
        {
            if (_v[t].Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that may be part of a name: a letter word, no common or cue word, not mostly lower case in news.</summary>
    private bool IsNameCandidate(int t) =>
        IsWordAt(t) && !_decided[t] && _v[t].Length >= 2 && !IsBlockedAt(t) && LeanAt(t) != Lean.Lower && !IsInitials(t);

    /// <summary>Dotted initials: <c>v.n.</c>, <c>k.</c>, <c>b.k.</c>.</summary>
    private bool IsInitials(int t)
    {
        if (!_v.IsWord(t))
        {
            return false;
        }

        var w = _v[t];
        if (w.Length == 1 && char.IsLetter(w[0]) && w[0] is not ('a' or 'i') && t + 1 < _tokens.Length && _v.JoinedToPrevious(t + 1)
            && (IsInitials(t + 1) || IsNameCandidate(t + 1)))
        {
            return true; // "l k advani", "n chandrababu naidu": bare initials before a name
        }

        var end = t + 1 < _tokens.Length && _tokens[t + 1].Span.Start == _tokens[t].Span.End && _v[t + 1] is "." ? 1 : 0;
        if (w.Length == 1 && end == 1 && char.IsLetter(w[0]))
        {
            return true; // "k ." tokenised apart
        }

        if (w.Length < 2 || w.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < w.Length; i += 2)
        {
            if (!char.IsLetter(w[i]) || w[i + 1] != '.')
            {
                return false;
            }
        }

        return LeanAt(t) != Lean.Lower;
    }

    /// <summary>An unknown short word of consonants (<c>bjp</c>, <c>tnn</c>, <c>lk</c>): English words have vowels, acronyms and initials often not.</summary>
    private bool IsConsonantAcronym(int t)
    {
        var w = _v[t];
        if (w.Length is < 2 or > 5 || LeanAt(t) != Lean.Unknown || ClassAt(t) != WordClass.None)
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsAsciiLetter(c) || c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return false;
            }
        }

        return true;
    }
}
