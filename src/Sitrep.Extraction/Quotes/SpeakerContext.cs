namespace Sitrep.Extraction.Quotes;

/// <summary>
/// What <see cref="SpeakerResolver"/> reads around a speaker phrase (issue 9 point 7): sentence and paragraph bounds,
/// the subject at the start of a sentence and the title words. Offsets index the document's raw text.
/// </summary>
internal sealed class SpeakerContext(string text, TextLayout layout, SpeakerParser parser, QuoteLexicon lexicon)
{
    // The document nouns a "said in a statement" may name: up to this many words between the verb and "in".
    private const int MaxWordsBeforeMedium = 4;

    // "in a joint written statement": up to this many words between "in" and the document noun.
    private const int MaxMediumWords = 4;

    /// <summary>The start of the sentence holding <paramref name="index"/> (its paragraph's when none).</summary>
    public int SentenceStart(int index) => layout.SentenceIndexAt(index) is var s and >= 0 ? layout.Sentences[s].Start : ParagraphStart(index);

    /// <summary>The start of the paragraph holding <paramref name="index"/>, or 0.</summary>
    public int ParagraphStart(int index) => layout.ParagraphIndexAt(index) is var p and >= 0 ? layout.Paragraphs[p].Start : 0;

    /// <summary>The subject phrase opening the sentence that holds <paramref name="index"/>, read up to it.</summary>
    public SpeakerPhrase? SentenceSubject(int index) => parser.SentenceSubject(SentenceStart(index), index);

    /// <summary>True when the word is a title word (<c>Mr</c>, <c>Baroness</c>).</summary>
    public bool IsTitle(string word) => lexicon.IsTitle(word);

    /// <summary>
    /// The document noun an attribution names beside its verb: "said in a statement", "wrote in a letter to …" after
    /// the cue, or "In a letter to …, X wrote" opening its sentence; null when none.
    /// </summary>
    public string? MediumOf(Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var cue = attribution.Cue;
        var sentence = layout.SentenceIndexAt(cue.Start) is var s and >= 0 ? layout.Sentences[s] : new Sitrep.Core.Model.TextSpan(cue.Start, Math.Min(text.Length, cue.End + 200));
        var after = WordScanner.Words(text, Math.Max(cue.End, attribution.Speaker.Span.End), sentence.End);
        for (var i = 0; i < Math.Min(after.Count, MaxWordsBeforeMedium + 1); i++)
        {
            if (after[i].Of(text) == "in")
            {
                return DocumentAfterIn(after, i);
            }
        }

        var opening = WordScanner.Words(text, sentence.Start, Math.Min(cue.Start, attribution.Speaker.Span.Start));
        return opening.Count > 0 && opening[0].Of(text).Equals("in", StringComparison.OrdinalIgnoreCase) ? DocumentAfterIn(opening, 0) : null;
    }

    // "in a statement", "in its written statement": the first document noun within a few words after "in", before any
    // other preposition.
    private string? DocumentAfterIn(List<Sitrep.Core.Model.TextSpan> words, int inIndex)
    {
        for (var k = inIndex + 1; k < Math.Min(words.Count, inIndex + 1 + MaxMediumWords); k++)
        {
            var w = words[k].Of(text);
            if (lexicon.SourceNounOf(w) is SourceNounClass.Document or SourceNounClass.AnonymousDocument && char.IsLower(w[0]))
            {
                return w.ToLowerInvariant();
            }

            if (Grammar.Is(Grammar.Prepositions, w))
            {
                return null;
            }
        }

        return null;
    }
}
