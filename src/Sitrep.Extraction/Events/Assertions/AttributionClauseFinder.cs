using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Events.Assertions;

/// <summary>
/// Reads the attribution clauses of one document that the quote layer did not turn into quotes (issue 10 point 3):
/// "according to X", a reporting clause before the event's clause ("Officials say rebels …") or after it ("…, officials
/// say, …", "…, witnesses told Reuters"), and the nested form "Reuters quoted the official as saying", whose asserter is
/// the official and whose outlet is kept as the medium. Uses the quote attributor's reporting words and speaker parser.
/// </summary>
internal sealed class AttributionClauseFinder
{
    // Words searched back from "as saying" for the verb that quotes ("Reuters quoted a senior official in the ministry as saying").
    private const int QuotedAsWindow = 14;

    // Capitalised words an addressee may take after "told" ("witnesses told Reuters", "told Agence France-Presse").
    private const int MaxAddresseeWords = 3;

    // Words between a statement's coded source and its speaker's name when the source modifies the name's role
    // ("World Bank vice president and treasurer Eugene Rotberg").
    private const int MaxModifierWords = 6;

    // Characters searched back from a quote's cue, or from the quoting verb for its outlet.
    private const int QuotedAsChars = 240;

    private readonly Document _document;
    private readonly string _text;
    private readonly QuoteLexicon _lexicon;
    private readonly SpeakerParser _parser;
    private readonly AsserterActors _actors;
    private readonly TextSpan[] _direct;

    /// <summary>Prepares the finder for <paramref name="document"/>.</summary>
    public AttributionClauseFinder(Document document, QuoteLexicon lexicon, QuoteAttributorOptions options, AsserterActors actors)
    {
        _document = document;
        _text = document.Text;
        _lexicon = lexicon;
        _actors = actors;
        _parser = new SpeakerParser(_text, lexicon, options);
        _direct = [.. document.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Span)];
    }

    /// <summary>The attribution clause of the event's sentence that governs its trigger, or null when none does.</summary>
    public Assertion? Find(DocumentEvent e)
    {
        var sentence = e.Sentence;
        var trigger = e.Trigger;
        var words = WordScanner.Words(_text, sentence.Start, sentence.End);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Of(_text);
            if (IsQuoted(words[i].Start) || words[i].Overlaps(trigger))
            {
                continue;
            }

            if (i + 1 < words.Count && word.Equals("according", StringComparison.OrdinalIgnoreCase) && words[i + 1].Of(_text) == "to")
            {
                var phrase = _parser.Forward(words[i + 1].End, Break(words[i + 1].End, sentence.End), appositive: false, out var end);
                if (phrase is not null && !(words[i].Start <= trigger.Start && trigger.End <= end))
                {
                    return Make(phrase, "according-to", null);
                }

                continue;
            }

            if (word == "saying" && i > 0 && words[i - 1].Of(_text) == "as" && Nested(words, i - 1) is { } nested && trigger.Start >= words[i].End)
            {
                return nested;
            }

            if (_lexicon.CueOf(word) is not (CueClass.Say or CueClass.Tell) || !IsFiniteReportingVerb(word))
            {
                continue;
            }

            if (trigger.Start >= words[i].End && PrePosed(sentence.Start, words[i]) is { } before)
            {
                return Make(before, "reporting-clause", null);
            }

            if (trigger.End <= words[i].Start && PostPosed(trigger, words, i, sentence.End) is { } after)
            {
                return Make(after, "reporting-clause", null);
            }
        }

        return null;
    }

    /// <summary>
    /// For a quote whose cue is "as saying" after "X quoted Y": the asserter Y with X as its medium, or null when the
    /// quote's cue is not of that form.
    /// </summary>
    public Assertion? QuotedAs(int quote, TextSpan near)
    {
        if (_document.Quotes[quote].Cue is not { } cue || cue.Of(_text) != "saying")
        {
            return null;
        }

        var from = Math.Max(0, Math.Min(cue.Start, near.Start) - QuotedAsChars);
        var words = WordScanner.Words(_text, from, cue.End);
        return words.Count >= 2 && words[^2].Of(_text) == "as" ? Nested(words, words.Count - 2) : null;
    }

    // "Reuters quoted a Malian army official as saying": words[asIndex] is "as".
    private Assertion? Nested(List<TextSpan> words, int asIndex)
    {
        for (var k = asIndex - 1; k >= 0 && k >= asIndex - QuotedAsWindow; k--)
        {
            var w = words[k].Of(_text);
            if (_text.AsSpan(words[k].End, Math.Max(0, words[k + 1].Start - words[k].End)).IndexOfAny('.', ';') >= 0)
            {
                return null;
            }

            if (w is not ("quoted" or "quotes" or "quoting" or "cited" or "cites" or "citing"))
            {
                continue;
            }

            var inner = _parser.Forward(words[k].End, words[asIndex].Start, appositive: false, out _);
            if (inner is null || inner.Kind == SpeakerPhraseKind.Pronoun && _actors.EntityAt(inner.Span) is null)
            {
                return null;
            }

            var outlet = _parser.Backward(Math.Max(0, words[k].Start - QuotedAsChars), words[k].Start, out _);
            return Make(inner, "quoted-as", outlet?.Name);
        }

        return null;
    }

    // "Officials say rebels …", "A security source told Reuters that …": the subject opens the sentence or a clause.
    private SpeakerPhrase? PrePosed(int sentenceStart, TextSpan cue)
    {
        // "…, officials say, and the army …": a reporting clause set off by commas governs the clause before it.
        var next = _text.AsSpan(cue.End, Math.Max(0, Math.Min(_text.Length, cue.End + 3) - cue.End)).TrimStart();
        if (next.IsEmpty || next[0] == ',')
        {
            return null;
        }

        var phrase = _parser.Backward(sentenceStart, cue.Start, out var consumed);
        if (phrase is null)
        {
            return null;
        }

        // Only quotation marks or a comma may come before the subject: it opens the sentence or a clause.
        var lead = _text.AsSpan(sentenceStart, consumed - sentenceStart).TrimEnd();
        return lead.IsEmpty || lead[^1] == ',' || (lead.Length == 1 && QuoteMarkScanner.IsMark(lead[0])) ? phrase : null;
    }

    // "…, officials say, …", "…, witnesses told Reuters.", "…, said the army.": after a comma that follows the event, and
    // ending at a comma or the sentence's end.
    private SpeakerPhrase? PostPosed(TextSpan trigger, List<TextSpan> words, int cueIndex, int sentenceEnd)
    {
        var cue = words[cueIndex];
        var comma = _text.LastIndexOf(',', cue.Start - 1, cue.Start - trigger.End);
        if (comma < 0)
        {
            return null;
        }

        SpeakerPhrase? phrase;
        int end;
        if (WordScanner.IsBlank(_text, comma + 1, cue.Start))
        {
            phrase = _parser.Forward(cue.End, sentenceEnd, appositive: true, out end);
        }
        else
        {
            phrase = _parser.Backward(comma + 1, cue.Start, out var consumed);
            if (phrase is null || !WordScanner.IsBlank(_text, comma + 1, consumed))
            {
                return null;
            }

            end = cue.End;
            if (_lexicon.CueOf(cue.Of(_text)) == CueClass.Tell)
            {
                for (var k = cueIndex + 1; k < words.Count && k <= cueIndex + MaxAddresseeWords && char.IsUpper(_text[words[k].Start]) && WordScanner.IsBlank(_text, end, words[k].Start); k++)
                {
                    end = words[k].End;
                }
            }
        }

        var rest = _text.AsSpan(end, Math.Max(0, sentenceEnd - end)).TrimStart();
        return phrase is not null && (rest.IsEmpty || rest[0] is ',' or '.' or ';' or '!' or '?') ? phrase : null;
    }

    private Assertion Make(SpeakerPhrase phrase, string rule, string? outlet)
    {
        var entity = _actors.EntityAt(phrase.Span);
        var name = phrase.Kind == SpeakerPhraseKind.Pronoun && entity is { } id ? _document.Entities[id].Name : phrase.Name;
        var kind = phrase.Medium is not null || phrase.Kind == SpeakerPhraseKind.Document ? AssertionKind.Document
            : phrase.Kind == SpeakerPhraseKind.Anonymous ? AssertionKind.Anonymous : AssertionKind.Speaker;
        var actor = (entity is { } e ? _actors.OfEntity(e) : null) ?? _actors.At(phrase.Span);
        return new Assertion(kind, name, actor, phrase.Span, null, rule) { Medium = outlet ?? phrase.Medium };
    }

    /// <summary>
    /// For a statement by a participle set off by a comma ("John Howard offered his congratulations, adding that …"):
    /// the subject that opens its sentence, or null when the trigger is no such participle or the sentence opens with none.
    /// </summary>
    public Assertion? ParticipleSubject(DocumentEvent e)
    {
        if (!IsParticiple(e))
        {
            return null;
        }

        return _parser.SentenceSubject(e.Sentence.Start, e.Trigger.Start) is { } subject && subject.Kind != SpeakerPhraseKind.Pronoun ? Make(subject, "statement", null) : null;
    }

    /// <summary>True when the event's trigger is a reporting participle set off by a comma ("…, adding that …").</summary>
    public bool IsParticiple(DocumentEvent e)
    {
        var word = e.Trigger.Of(_text);
        return word.EndsWith("ing", StringComparison.Ordinal) && _lexicon.CueOf(word) is CueClass.Say
            && _text.AsSpan(e.Sentence.Start, e.Trigger.Start - e.Sentence.Start).TrimEnd().EndsWith(",", StringComparison.Ordinal);
    }

    // The finite forms of the quote lexicon's verbs of saying proper, whose complement is what was said: not those that
    // also take a plain object ("continued the process", "announced a plan", "reported a profit", "warned Iran"), nor a
    // noun ("the state", "a claim").
    private static bool IsFiniteReportingVerb(string word) =>
        word is "said" or "say" or "says" or "told" or "tells" or "added" or "adds" or "claimed" or "alleged" or "insisted" or "stated" or "wrote" or "writes";

    /// <summary>
    /// The subject of a statement's own reporting verb when it holds the event's source ("World Bank vice president and
    /// treasurer Eugene Rotberg said": Rotberg, not the World Bank; "said a military spokesman"), or null.
    /// </summary>
    public Assertion? StatementSubject(DocumentEvent e)
    {
        var source = e.Source!.Span;
        var trigger = e.Trigger;
        if (_lexicon.CueOf(trigger.Of(_text)) is not (CueClass.Say or CueClass.Tell))
        {
            return null;
        }

        if (trigger.Of(_text) == "saying")
        {
            // "The Journal quoted a spokesman of X as saying that …": the one quoted, the outlet as medium.
            var words = WordScanner.Words(_text, e.Sentence.Start, trigger.End);
            if (words.Count >= 2 && words[^2].Of(_text) == "as")
            {
                return Nested(words, words.Count - 2);
            }
        }

        if (trigger.End <= source.Start)
        {
            var after = _parser.Forward(trigger.End, e.Sentence.End, appositive: true, out var end);
            return after is not null && after.Span.Start <= source.Start && source.End <= end ? Make(after, "statement", null) : null;
        }

        // The source inside the subject, or a modifier of it just before it ("World Bank vice president and treasurer").
        var before = _parser.Backward(e.Sentence.Start, trigger.Start, out var consumed);
        var modifier = source.End <= consumed && WordScanner.Punctuation(_text, source.End, consumed).Length == 0
            && WordScanner.Words(_text, source.End, consumed).Count <= MaxModifierWords;
        return before is not null && source.End <= trigger.Start && (consumed <= source.Start || modifier) ? Make(before, "statement", null) : null;
    }

    private int Break(int start, int end)
    {
        var stop = _text.IndexOfAny([',', ';', '.'], start, end - start);
        return stop < 0 ? end : stop;
    }

    private bool IsQuoted(int index)
    {
        foreach (var span in _direct)
        {
            if (span.Contains(index))
            {
                return true;
            }
        }

        return false;
    }
}
