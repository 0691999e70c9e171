using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Finds reported speech in one sentence: <c>according to X</c>, a tail attribution after a comma
/// (<c>…, said X, a …</c> / <c>…, X said</c>) and <c>X said (that) …</c> with the reported clause as the quote.
/// </summary>
internal sealed class IndirectQuoteFinder(string text, QuoteLexicon lexicon, SpeakerParser parser, QuoteAttributorOptions options)
{
    private const int MinQuoteWords = 3;

    // How many words before ", who said" are searched for the determiner that opens the relative's antecedent.
    private const int RelativeAntecedentWords = 5;

    // How many words of a reported clause are searched for a verb.
    private const int ClauseVerbWindow = 10;

    // A news subject runs to a dozen words or more ("the problem of price differentials between the prices of various
    // OPEC crudes had …", issue 9 point 7): past the first window only an auxiliary, which a noun phrase seldom holds, counts.
    private const int ClauseAuxiliaryWindow = 16;

    /// <summary>The indirect quotes of <paramref name="sentence"/>; <paramref name="isQuoted"/> tells whether an index lies inside quotation marks.</summary>
    public List<QuoteCandidate> Find(TextSpan sentence, Func<int, bool> isQuoted)
    {
        var words = WordScanner.Words(text, sentence.Start, sentence.End);
        var found = new List<QuoteCandidate>();
        if (words.Count < MinQuoteWords + 1)
        {
            return found;
        }

        if (AccordingTo(sentence, words, isQuoted) is { } according)
        {
            found.Add(according);
            return found;
        }

        if (TailAttribution(sentence, isQuoted) is { } tail)
        {
            found.Add(tail);
            return found;
        }

        found.AddRange(ReportedClauses(sentence, words, isQuoted));
        return found;
    }

    private QuoteCandidate? AccordingTo(TextSpan sentence, List<TextSpan> words, Func<int, bool> isQuoted)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!Is(words[i], "according") || !Is(words[i + 1], "to") || isQuoted(words[i].Start))
            {
                continue;
            }

            var limit = NextBreak(words[i + 1].End, sentence.End);
            var phrase = parser.Forward(words[i + 1].End, limit, appositive: false, out var end);
            if (phrase is null || phrase.Kind == SpeakerPhraseKind.Pronoun)
            {
                continue;
            }

            var cue = new TextSpan(words[i].Start, words[i + 1].End);
            var before = Trim(sentence.Start, words[i].Start);
            var after = Trim(end, ClauseBreak(end, sentence.End));
            var span = before.IsEmpty ? after : after.IsEmpty ? before : Trim(sentence.Start, sentence.End);
            return WordScanner.Words(text, span.Start, span.End).Count >= MinQuoteWords
                ? new QuoteCandidate(span, QuoteKind.Indirect, new Attribution(phrase, cue, sentence.End), null)
                : null;
        }

        return null;
    }

    // "Russia may be seeing …, said Jalel Harchaoui, a research fellow …." and "…, officials said."
    private QuoteCandidate? TailAttribution(TextSpan sentence, Func<int, bool> isQuoted)
    {
        // The attribution and its apposition end the sentence: only commas near its end can start one.
        for (var k = Math.Max(sentence.Start, sentence.End - (2 * options.MaxSpeakerChars)); k < sentence.End; k++)
        {
            if (text[k] != ',' || isQuoted(k))
            {
                continue;
            }

            var tail = WordScanner.Words(text, k + 1, sentence.End);
            if (tail.Count == 0)
            {
                break;
            }

            Attribution? attribution = null;
            if (lexicon.CueOf(tail[0].Of(text)) == CueClass.Say)
            {
                var phrase = parser.Forward(tail[0].End, sentence.End, appositive: true, out var end);
                if (phrase is not null && WordScanner.Punctuation(text, end, sentence.End) is "" or "." or "!" or "?")
                {
                    attribution = new Attribution(phrase, tail[0], sentence.End);
                }
            }
            else
            {
                for (var i = 1; i < Math.Min(tail.Count, options.MaxSpeakerWords); i++)
                {
                    if (!IsSpeechCue(tail[i]))
                    {
                        continue;
                    }

                    var phrase = parser.Backward(k + 1, tail[i].Start, out var consumed);
                    if (phrase is not null && WordScanner.IsBlank(text, k + 1, consumed) && CleanTail(tail, AfterAddressee(tail, i), sentence.End))
                    {
                        attribution = new Attribution(phrase, tail[i], sentence.End);
                    }

                    break;
                }
            }

            if (attribution is null)
            {
                continue;
            }

            var span = Trim(sentence.Start, k);
            if (span.IsEmpty || QuoteMarkScanner.IsMark(text[span.Start]) || WordScanner.Words(text, span.Start, span.End).Count < MinQuoteWords)
            {
                return null;
            }

            return new QuoteCandidate(span, QuoteKind.Indirect, attribution, null);
        }

        return null;
    }

    // "X said (that) …": the clause after the verb (and after "told <addressee>") to the next attribution or the sentence end.
    private List<QuoteCandidate> ReportedClauses(TextSpan sentence, List<TextSpan> words, Func<int, bool> isQuoted)
    {
        var pending = new List<(Attribution Attribution, int SubjectStart, int ClauseStart)>();
        for (var i = 1; i < words.Count; i++)
        {
            var cls = lexicon.CueOf(words[i].Of(text));
            if (cls is not (CueClass.Say or CueClass.Tell) || isQuoted(words[i].Start))
            {
                continue;
            }

            // After a determiner the cue is a noun or adjective, not a verb: "read the report the engineers had written".
            if (Grammar.Is(Grammar.Determiners, words[i - 1].Of(text)))
            {
                continue;
            }

            var phrase = RelativeSubject(sentence, words, i, out var subjectStart)
                ?? parser.Backward(sentence.Start, words[i].Start, out subjectStart);
            if (phrase is null || phrase.Name.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var j = ClauseStart(words, i, cls.Value);
            if (j < 0 || j >= words.Count)
            {
                continue;
            }

            // Only an adverbial may end in a comma before the clause ("said on Sunday, …"); "say, diplomats" is no clause.
            var gap = WordScanner.Punctuation(text, words[j - 1].End, words[j].Start);
            if (gap.Length > 0 && !(gap == "," && (j > i + 2 || Is(words[j - 1], "that"))))
            {
                continue;
            }

            pending.Add((new Attribution(phrase, words[i], sentence.End), subjectStart, words[j].Start));
        }

        var found = new List<QuoteCandidate>();
        for (var p = 0; p < pending.Count; p++)
        {
            var end = p + 1 < pending.Count ? Math.Max(pending[p].ClauseStart, pending[p + 1].SubjectStart) : sentence.End;
            var span = TrimClause(pending[p].ClauseStart, ClauseBreak(pending[p].ClauseStart, end));
            if (WordScanner.Words(text, span.Start, span.End).Count >= MinQuoteWords && LooksLikeClause(span))
            {
                found.Add(new QuoteCandidate(span, QuoteKind.Indirect, pending[p].Attribution, null));
            }
        }

        return found;
    }

    // A non-restrictive relative clause names its speaker before the comma: "some senior members, who say the party
    // needs him" (issue 9 point 7). Only "who" right before the cue, after a comma, counts.
    private SpeakerPhrase? RelativeSubject(TextSpan sentence, List<TextSpan> words, int i, out int subjectStart)
    {
        subjectStart = words[i].Start;
        if (i < 2 || !Is(words[i - 1], "who") || WordScanner.Punctuation(text, words[i - 2].End, words[i - 1].Start) != ",")
        {
            return null;
        }

        // The antecedent noun phrase starts at its determiner when it has one ("will disappoint some senior members").
        var limit = sentence.Start;
        for (var k = i - 2; k >= Math.Max(0, i - 2 - RelativeAntecedentWords); k--)
        {
            if (Grammar.Is(Grammar.Determiners, words[k].Of(text)))
            {
                limit = words[k].Start;
                break;
            }
        }

        var phrase = parser.Backward(limit, words[i - 2].End, out subjectStart);
        return phrase is { Kind: not SpeakerPhraseKind.Pronoun } ? phrase : null;
    }

    // A semicolon ends reported speech: what follows is another clause ("…, and that X; “…”").
    private int ClauseBreak(int start, int end)
    {
        var i = text.IndexOf(';', start, end - start);
        return i < 0 ? end : i;
    }

    // Reported speech is a clause, not a noun phrase ("declared tomorrow a day of mourning"): it has a pronoun
    // subject, an auxiliary, or a past-tense verb within its first words.
    private bool LooksLikeClause(TextSpan span)
    {
        var words = WordScanner.Words(text, span.Start, Math.Min(span.End, span.Start + 300));
        for (var i = 0; i < Math.Min(words.Count, ClauseAuxiliaryWindow); i++)
        {
            var w = words[i].Of(text).ToLowerInvariant();
            if (i >= ClauseVerbWindow)
            {
                if (Grammar.Is(Grammar.Auxiliaries, w))
                {
                    return true;
                }

                continue;
            }

            if ((i == 0 && Grammar.Is(Grammar.SubjectPronouns, w)) || Grammar.Is(Grammar.Auxiliaries, w)
                || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal)
                || PresentVerb(words, i))
            {
                return true;
            }
        }

        return false;
    }

    // A present-tense verb after its subject ("the House of Lords needs its own Speaker", "the freeze sends the wrong
    // message"; issue 9 point 7): a lower-case word in -s after a word that opens no noun phrase, before an object
    // opener. A plural noun after a number or determiner ("said three words to …") is not one.
    private bool PresentVerb(List<TextSpan> words, int i)
    {
        if (i == 0 || i + 1 >= words.Count || !char.IsLower(text[words[i].Start]))
        {
            return false;
        }

        var w = words[i].Of(text).ToLowerInvariant();
        var before = words[i - 1].Of(text);
        return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !Grammar.Is(Grammar.Determiners, before) && !Grammar.Is(Grammar.Prepositions, before)
            && WordScanner.IsBlank(text, words[i - 1].End, words[i].Start) && WordScanner.IsBlank(text, words[i].End, words[i + 1].Start)
            && Grammar.Is(Grammar.ObjectOpeners, words[i + 1].Of(text));
    }

    // Index of the first word of the reported clause after the cue at words[i], or -1.
    private int ClauseStart(List<TextSpan> words, int i, CueClass cls)
    {
        var j = i + 1;
        if (cls == CueClass.Tell)
        {
            var s = j;
            while (j < words.Count && j - s < 5 && WordScanner.IsBlank(text, words[j - 1].End, words[j].Start)
                   && (parser.Classifier.IsNameWord(words[j]) || Grammar.Is(Grammar.Addressees, words[j].Of(text))))
            {
                j++;
            }

            if (j == s)
            {
                return -1;
            }
        }

        if (j < words.Count && Is(words[j], "that"))
        {
            return j + 1;
        }

        if (j < words.Count && Grammar.Is(Grammar.AdverbialOpeners, words[j].Of(text)))
        {
            for (var k = j + 1; k < Math.Min(words.Count, j + 7); k++)
            {
                if (Is(words[k], "that"))
                {
                    return k + 1;
                }

                if (WordScanner.Punctuation(text, words[k - 1].End, words[k].Start) == ",")
                {
                    return k;
                }
            }

            // No "that" nor comma closes an adverbial: the clause starts here ("said this is …").
        }

        return j;
    }

    // Index of the first word after the cue at words[i] and, for "told", its addressee ("…, Helle told Reuters."; issue 9 point 7).
    private int AfterAddressee(List<TextSpan> words, int i)
    {
        var j = i + 1;
        if (lexicon.CueOf(words[i].Of(text)) != CueClass.Tell)
        {
            return j;
        }

        while (j < words.Count && j - i <= 5 && WordScanner.IsBlank(text, words[j - 1].End, words[j].Start)
               && (parser.Classifier.IsNameWord(words[j]) || Grammar.Is(Grammar.Addressees, words[j].Of(text))))
        {
            j++;
        }

        return j;
    }

    // After "…, X said" only a short adverbial may follow: "in a statement", "on Monday".
    private bool CleanTail(List<TextSpan> tail, int from, int sentenceEnd)
    {
        if (from >= tail.Count)
        {
            return true;
        }

        var rest = WordScanner.Punctuation(text, tail[from].Start, sentenceEnd);
        return tail.Count - from <= 8 && Grammar.Is(Grammar.AdverbialOpeners, tail[from].Of(text))
            && !rest.Contains(',', StringComparison.Ordinal) && !rest.Contains(';', StringComparison.Ordinal);
    }

    private int NextBreak(int start, int end)
    {
        // A source phrase is short: never scan past the speaker-length cap (hostile text stays linear).
        end = Math.Min(end, start + options.MaxSpeakerChars);
        for (var i = start; i < end; i++)
        {
            if (text[i] is ',' or ';' or ':' || QuoteMarkScanner.IsMark(text[i]))
            {
                return i;
            }
        }

        return end;
    }

    // Whitespace, clause punctuation and stray quotation marks are no part of what was said (CsCheck seed 4PZbgLyRSKK1:
    // "according to … official “ stopped said" began an indirect quote at the mark).
    private TextSpan Trim(int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' || QuoteMarkScanner.IsMark(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '.' || QuoteMarkScanner.IsMark(text[end - 1])))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private TextSpan TrimClause(int start, int end)
    {
        var span = Trim(start, end);
        var words = WordScanner.Words(text, span.Start, span.End);
        while (words.Count > 0 && Grammar.Is(Grammar.ClauseStops, words[^1].Of(text)))
        {
            words.RemoveAt(words.Count - 1);
            span = words.Count > 0 ? Trim(span.Start, words[^1].End) : new TextSpan(span.Start, span.Start);
        }

        return span;
    }

    private bool IsSpeechCue(TextSpan word) => lexicon.CueOf(word.Of(text)) is CueClass.Say or CueClass.Tell;

    private bool Is(TextSpan word, string lower) => word.Of(text).Equals(lower, StringComparison.OrdinalIgnoreCase);
}
