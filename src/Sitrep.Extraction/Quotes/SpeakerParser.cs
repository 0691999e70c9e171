using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Reads the speaker phrase on either side of a reporting verb: backwards for the subject (<c>X said</c>), forwards
/// for an inverted subject (<c>said X, a …</c>). Phrase lengths are capped by <see cref="QuoteAttributorOptions.MaxSpeakerWords"/>.
/// </summary>
internal sealed class SpeakerParser(string text, QuoteLexicon lexicon, QuoteAttributorOptions options)
{
    private readonly SpeakerClassifier _classifier = new(text, lexicon);

    /// <summary>The classifier this parser uses.</summary>
    public SpeakerClassifier Classifier => _classifier;

    /// <summary>
    /// The subject ending just before <paramref name="end"/> (a reporting verb's start), searching no further back
    /// than <paramref name="limit"/>. <paramref name="consumedStart"/> is where the phrase (with any apposition) begins.
    /// </summary>
    public SpeakerPhrase? Backward(int limit, int end, out int consumedStart)
    {
        consumedStart = end;
        var window = Math.Max(limit, end - options.MaxSpeakerChars);
        var words = WordScanner.Words(text, window, end);
        var j = words.Count - 1;
        var next = end;

        // Skip auxiliaries, adverbs and times between subject and verb: "has repeatedly said", "on Sunday told".
        while (j >= 0 && WordScanner.IsBlank(text, words[j].End, next))
        {
            var w = Word(words[j]).ToLowerInvariant();
            var lowerCase = char.IsLower(text[words[j].Start]);
            if (Grammar.Is(Grammar.VerbModifiers, w) || (lowerCase && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)))
            {
                next = words[j].Start;
                j--;
            }
            else if (Grammar.Is(Grammar.TimeWords, w) && j >= 1 && Word(words[j - 1]).ToLowerInvariant() is "on" or "last" or "this" or "late" or "early")
            {
                next = words[j - 1].Start;
                j -= 2;
            }
            else
            {
                break;
            }
        }

        if (j < 0)
        {
            return null;
        }

        var gap = WordScanner.Punctuation(text, words[j].End, next);
        if (gap.Length == 0)
        {
            var k = Extend(words, j, window, window > limit);
            if (k < 0)
            {
                return null;
            }

            consumedStart = words[k].Start;
            return _classifier.Classify(words[k..(j + 1)]);
        }

        return gap == "," ? Apposition(words, j, window, window > limit, out consumedStart) : null;
    }

    /// <summary>
    /// The phrase starting at <paramref name="start"/> (just after a reporting verb), within <paramref name="limit"/>;
    /// with <paramref name="appositive"/>, a following <c>, a …</c> phrase becomes its role.
    /// </summary>
    public SpeakerPhrase? Forward(int start, int limit, bool appositive, out int consumedEnd)
    {
        consumedEnd = start;
        limit = Math.Min(limit, start + options.MaxSpeakerChars);
        var words = WordScanner.Words(text, start, limit);
        if (words.Count == 0 || !WordScanner.IsBlank(text, start, words[0].Start))
        {
            return null;
        }

        var k = 1;
        while (k < words.Count && k < options.MaxSpeakerWords && WordScanner.IsBlank(text, words[k - 1].End, words[k].Start)
               && !(Grammar.Is(Grammar.ClauseStops, Word(words[k])) && Word(words[k]) != "and"))
        {
            k++;
        }

        var phrase = _classifier.Classify(words[..k]);
        consumedEnd = words[k - 1].End;

        // Words after the name that do not open a prepositional phrase belong to the next clause: stop at the name.
        if (phrase is not null && phrase.Span.End < consumedEnd)
        {
            var after = words.FindIndex(w => w.Start >= phrase.Span.End);
            if (after >= 0 && after < k && !Grammar.Is(Grammar.Prepositions, Word(words[after])))
            {
                consumedEnd = phrase.Span.End;
                k = after;
            }
        }

        if (phrase is null || !appositive || k >= words.Count || WordScanner.Punctuation(text, consumedEnd, words[k].Start) != ",")
        {
            return phrase;
        }

        var first = Word(words[k]);
        if (!(char.IsLower(first[0]) || Grammar.Is(Grammar.Determiners, first) || lexicon.IsTitle(first)) || Grammar.Is(Grammar.ClauseStops, first))
        {
            return phrase;
        }

        var roleEnd = AppositiveEnd(words[k].Start, limit);
        var roleStart = words[k].Start;
        if (Grammar.Is(Grammar.Determiners, first) && k + 1 < words.Count && words[k + 1].Start < roleEnd)
        {
            roleStart = words[k + 1].Start;
        }

        consumedEnd = roleEnd;
        var role = text[roleStart..roleEnd].Trim();
        return phrase with { Role = phrase.Role ?? (role.Length > 0 ? role : null) };
    }

    /// <summary>The subject at the start of a sentence (<c>An eyewitness described …, stating</c>): name, title, determiner and source-noun words.</summary>
    public SpeakerPhrase? SentenceSubject(int start, int limit)
    {
        var words = WordScanner.Words(text, start, limit);
        var k = 0;
        while (k < words.Count && k < 6 && (k == 0 || WordScanner.IsBlank(text, words[k - 1].End, words[k].Start)))
        {
            var w = Word(words[k]);
            if (!(_classifier.IsNameWord(words[k]) || Grammar.Is(Grammar.Determiners, w) || lexicon.SourceNounOf(w) is not null || lexicon.IsTitle(w)))
            {
                break;
            }

            k++;
        }

        return k == 0 ? null : _classifier.Classify(words[..k]);
    }

    private string Word(TextSpan word) => word.Of(text);

    // A past-tense reporting verb ("noted", "said") ends a subject: what precedes it is another clause.
    private bool IsPastReportingVerb(TextSpan word)
    {
        var w = Word(word);
        return lexicon.CueOf(w) is CueClass.Say or CueClass.Tell && (w.EndsWith("ed", StringComparison.Ordinal) || w is "said" or "told" or "wrote");
    }

    // Index of the first word of the noun phrase ending at words[j]; -1 when it runs past the length cap or the window.
    private int Extend(List<TextSpan> words, int j, int limit, bool windowed)
    {
        var k = j;
        while (k > 0 && WordScanner.IsBlank(text, words[k - 1].End, words[k].Start) && !Grammar.Is(Grammar.ClauseStops, Word(words[k - 1]))
               && !IsPastReportingVerb(words[k - 1]))
        {
            if (j - k + 1 >= options.MaxSpeakerWords)
            {
                return -1;
            }

            k--;
        }

        if (Grammar.Is(Grammar.ClauseStops, Word(words[k])))
        {
            k++;
        }

        if (k > j || (k == 0 && windowed))
        {
            return -1;
        }

        var before = k > 0 ? WordScanner.Punctuation(text, words[k - 1].End, words[k].Start) : WordScanner.Punctuation(text, limit, words[k].Start);
        return before.Contains('(', StringComparison.Ordinal) ? -1 : k;
    }

    // "Jasim Uddin, a spokesperson for the fire service, told" / "One activist, Nur Khan Liton, told" / "Cherry, who led the petition, said".
    private SpeakerPhrase? Apposition(List<TextSpan> words, int j, int limit, bool windowed, out int consumedStart)
    {
        consumedStart = words[j].End;
        var k = j;
        while (k > 0 && j - k < options.MaxSpeakerWords && WordScanner.IsBlank(text, words[k - 1].End, words[k].Start))
        {
            k--;
        }

        if (k == 0 || WordScanner.Punctuation(text, words[k - 1].End, words[k].Start) != ",")
        {
            return null;
        }

        var first = Word(words[k]);
        var i = Extend(words, k - 1, limit, windowed);
        if (i < 0)
        {
            return null;
        }

        consumedStart = words[i].Start;
        var outer = _classifier.Classify(words[i..k]);
        if (Grammar.Is(Grammar.ClauseStops, first))
        {
            return outer;
        }

        var inner = _classifier.Classify(words[k..(j + 1)]);
        var innerIsNominal = char.IsLower(first[0]) || Grammar.Is(Grammar.Determiners, first);
        if (outer is { Kind: SpeakerPhraseKind.Named } && innerIsNominal)
        {
            var roleStart = Grammar.Is(Grammar.Determiners, first) && k < j ? words[k + 1].Start : words[k].Start;
            return outer with { Role = outer.Role ?? text[roleStart..words[j].End] };
        }

        if (inner is { Kind: SpeakerPhraseKind.Named } && outer is not { Kind: SpeakerPhraseKind.Named })
        {
            var rs = i;
            while (rs < k - 1 && Grammar.Is(Grammar.Determiners, Word(words[rs])))
            {
                rs++;
            }

            return inner with { Role = inner.Role ?? text[words[rs].Start..words[k - 1].End] };
        }

        return null;
    }

    // An appositive runs to the end of its sentence: a period before white space, or ; : or a quotation mark.
    private int AppositiveEnd(int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or ':' || QuoteMarkScanner.IsMark(c) || c == '\n' || c == '(')
            {
                return TrimEnd(start, i);
            }

            if (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i >= 2 && char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2])))
            {
                return TrimEnd(start, i);
            }
        }

        return TrimEnd(start, limit);
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end;
    }
}
