using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Finds the attribution of a direct quote in the words right after its closing mark (<c>“…,” said X</c>,
/// <c>“…,” X said</c>, <c>“…,” he said</c>) or right before its opening mark (<c>X said: “…”</c>, <c>X told Reuters: “…”</c>).
/// </summary>
internal sealed class DirectAttributionFinder(string text, TextLayout layout, QuoteLexicon lexicon, SpeakerParser parser, QuoteAttributorOptions options)
{
    // Most words between a labelling verb and its quoted complement ("called the move a").
    private const int LabelDistance = 6;

    /// <summary>The attribution of <paramref name="segment"/>, or null.</summary>
    /// <param name="segment">The quote.</param>
    /// <param name="previousClose">Closing mark of the previous quote in the same paragraph, or -1.</param>
    /// <param name="nextOpen">Opening mark of the next quote in the same paragraph, or <see cref="int.MaxValue"/>.</param>
    public Attribution? Find(QuotedSegment segment, int previousClose, int nextOpen) =>
        segment.EndsWithComma(text)
            ? After(segment, nextOpen) ?? Before(segment, previousClose)
            : Before(segment, previousClose) ?? After(segment, nextOpen);

    private Attribution? After(QuotedSegment segment, int nextOpen)
    {
        if (segment.Unclosed)
        {
            return null;
        }

        var start = segment.Close + 1;
        var para = layout.Paragraphs[segment.Paragraph];
        var si = layout.SentenceIndexAt(segment.Close);
        var end = si >= 0 ? layout.Sentences[si].End : para.End;
        if (end <= start + 1 && si >= 0 && si + 1 < layout.Sentences.Count)
        {
            // "“Why?” he asked.": a splitter may end the sentence at the mark; a lower-case next sentence continues it.
            // A question or exclamation mark takes the place of the comma ("“Why not?” Arvel Dunmore will ask."), so a
            // splitter ends the sentence there even before a capital: the next sentence may still be the attribution.
            var nextSentence = layout.Sentences[si + 1];
            if (nextSentence.Start < para.End && (char.IsLower(text[nextSentence.Start]) || text[segment.Inner.End - 1] is '?' or '!'))
            {
                end = nextSentence.End;
            }
        }

        end = Math.Min(Math.Min(end, nextOpen), para.End);
        var words = WordScanner.Words(text, start, end);
        if (words.Count == 0 || WordScanner.Punctuation(text, start, words[0].Start) is not ("" or ","))
        {
            return null;
        }

        if (lexicon.CueOf(words[0].Of(text)) is CueClass.Say or CueClass.Direct)
        {
            var phrase = parser.Forward(words[0].End, end, appositive: true, out _);
            return phrase is null ? null : new Attribution(phrase, words[0], end);
        }

        if (words[0].Of(text) == "by" && LabelledBefore(segment))
        {
            // "Amman, who was described as “knife-obsessed” by the police": the agent of a passive labelling verb.
            var agent = parser.Forward(words[0].End, end, appositive: false, out _);
            return agent is null ? null : new Attribution(agent, words[0], end);
        }

        for (var i = 1; i < Math.Min(words.Count, options.MaxCueDistance); i++)
        {
            if (!IsSpeechCue(words[i]))
            {
                continue;
            }

            var phrase = parser.Backward(start, words[i].Start, out var consumed);
            if (phrase is not null && WordScanner.Punctuation(text, start, consumed) is "" or ",")
            {
                return new Attribution(phrase, words[i], end);
            }

            return null;
        }

        return null;
    }

    private Attribution? Before(QuotedSegment segment, int previousClose)
    {
        var open = segment.Open;
        var para = layout.Paragraphs[segment.Paragraph];
        var si = layout.SentenceIndexAt(open);
        var sentenceStart = si >= 0 ? layout.Sentences[si].Start : para.Start;
        var limit = Math.Max(Math.Max(sentenceStart, previousClose + 1), para.Start);
        var words = WordScanner.Words(text, limit, open);
        if (words.Count == 0)
        {
            return null;
        }

        var trail = WordScanner.Punctuation(text, words[^1].End, open);
        if (trail is not ("" or ":" or ","))
        {
            return null;
        }

        if (trail is ":" or "," && AccordingTo(words, open, segment.Close + 1) is { } source)
        {
            // "The court decided, according to the summary, “…”": the source phrase attributes the quote after it.
            return source;
        }

        if (trail == ":" && words.Count >= 2 && Grammar.Is(Grammar.UtteranceNouns, words[^1].Of(text)) && Grammar.Is(Grammar.Determiners, words[^2].Of(text)))
        {
            // "The court's summary concluded with the statement: “…”" (issue 9 point 7): the quote is the text of the
            // utterance named before the colon; the sentence's subject speaks, else the utterance itself.
            var subject = parser.SentenceSubject(sentenceStart, words[^2].Start) ?? parser.Classifier.Classify(words[^2..]);
            return subject is null ? null : new Attribution(subject, words[^1], segment.Close + 1);
        }

        for (var i = words.Count - 1; i >= Math.Max(0, words.Count - options.MaxCueDistance); i--)
        {
            var cls = lexicon.CueOf(words[i].Of(text));
            if (cls == CueClass.Label && trail.Length == 0 && words.Count - i <= LabelDistance)
            {
                // "X called the move a “…”": the quoted words complete the labelling verb's object.
                var labeller = parser.Backward(limit, words[i].Start, out _);
                if (labeller is null && i > 0 && (WordScanner.Punctuation(text, words[i - 1].End, words[i].Start) == "," || words[i - 1].Of(text) == "and"))
                {
                    // "PBS is seen in …, and describes itself as a “…”": the sentence's subject labels; "The mayor of London,
                    // Sadiq Khan, thanked “…”": failing a named subject, the name in apposition before the verb (issue 9 point 7).
                    labeller = parser.SentenceSubject(sentenceStart, words[i].Start);
                    if (labeller is not { Kind: SpeakerPhraseKind.Named } && parser.Backward(limit, words[i - 1].End, out _) is { Kind: SpeakerPhraseKind.Named } apposed)
                    {
                        labeller = apposed;
                    }
                }

                return labeller is null ? null : new Attribution(labeller, words[i], segment.Close + 1);
            }

            if (cls is not (CueClass.Say or CueClass.Tell or CueClass.Direct))
            {
                continue;
            }

            if (trail.Length == 0 && i != words.Count - 1)
            {
                return null;
            }

            var phrase = parser.Backward(limit, words[i].Start, out _)
                ?? (cls is CueClass.Say or CueClass.Direct ? parser.Forward(words[i].End, open, appositive: false, out _) : null);
            if (phrase is null && i > 0 && (WordScanner.Punctuation(text, words[i - 1].End, words[i].Start) == "," || words[i - 1].Of(text) == "and"))
            {
                // "An eyewitness described how the attack unfolded, stating, “…”", "X did … and wrote “…”": the sentence's subject speaks.
                phrase = parser.SentenceSubject(sentenceStart, words[i].Start);
            }

            return phrase is null ? null : new Attribution(phrase, words[i], segment.Close + 1);
        }

        return null;
    }

    // "according to X" ending the words before a quote (then a comma or colon), as an attribution, or null.
    private Attribution? AccordingTo(List<TextSpan> words, int open, int regionEnd)
    {
        for (var k = words.Count - 2; k >= Math.Max(0, words.Count - options.MaxSpeakerWords - 2); k--)
        {
            if (words[k].Of(text).Equals("according", StringComparison.OrdinalIgnoreCase) && words[k + 1].Of(text) == "to")
            {
                var phrase = parser.Forward(words[k + 1].End, open, appositive: false, out var end);
                return phrase is not null && WordScanner.Punctuation(text, end, open) is ":" or ","
                    ? new Attribution(phrase, new TextSpan(words[k].Start, words[k + 1].End), regionEnd)
                    : null;
            }
        }

        return null;
    }

    // A labelling verb (with "as" or not) among the last words before the quote's opening mark: "was described as “…”".
    private bool LabelledBefore(QuotedSegment segment)
    {
        var si = layout.SentenceIndexAt(segment.Open);
        var from = si >= 0 ? layout.Sentences[si].Start : layout.Paragraphs[segment.Paragraph].Start;
        var words = WordScanner.Words(text, from, segment.Open);
        for (var k = words.Count - 1; k >= Math.Max(0, words.Count - 3); k--)
        {
            if (lexicon.CueOf(words[k].Of(text)) == CueClass.Label)
            {
                return WordScanner.Punctuation(text, words[^1].End, segment.Open).Length == 0;
            }
        }

        return false;
    }

    private bool IsSpeechCue(TextSpan word) => lexicon.CueOf(word.Of(text)) is CueClass.Say or CueClass.Tell or CueClass.Direct;
}
