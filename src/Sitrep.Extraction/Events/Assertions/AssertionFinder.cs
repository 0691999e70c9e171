using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Events.Assertions;

/// <summary>
/// Decides who asserts each coded event of a document (issue 10 point 3; judging rules in
/// <c>docs/assertion-guideline.md</c>), in this order: the innermost quote whose words hold the event's trigger (its
/// speaker, or the one an outlet quotes: "Reuters quoted the official as saying"); for a statement (CAMEO root 01), its
/// own speaker; an attribution clause of the sentence that governs the event's clause although the quote stage made no
/// quote of it ("…, officials say, …", "according to X"); else the reporter's own voice. Pure (STYLE A5).
/// </summary>
public sealed class AssertionFinder
{
    // Characters searched on either side of a speaker's words for the document noun of its quote.
    private const int DocumentNounReach = 24;

    private readonly QuoteLexicon _lexicon;
    private readonly QuoteAttributorOptions _options;

    /// <summary>Creates the finder.</summary>
    /// <param name="lexicon">The quote attributor's reporting words and source nouns (<c>data/lexicons/quote-*.txt</c>).</param>
    /// <param name="options">Speaker phrase limits; the quote attributor's defaults when null.</param>
    public AssertionFinder(QuoteLexicon lexicon, QuoteAttributorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _options = options ?? new QuoteAttributorOptions();
    }

    /// <summary>The asserter of every event of <paramref name="document"/>, in the order of <see cref="Document.Events"/>.</summary>
    /// <param name="document">A document with its events and quotes (and, for actor codes, its entities and actors).</param>
    public ImmutableArray<Assertion> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Events.IsEmpty)
        {
            return [];
        }

        var actors = new AsserterActors(document, _lexicon);
        var clauses = new AttributionClauseFinder(document, _lexicon, _options, actors);
        var result = ImmutableArray.CreateBuilder<Assertion>(document.Events.Length);
        foreach (var e in document.Events)
        {
            result.Add(Find(document, e, actors, clauses));
        }

        return result.MoveToImmutable();
    }

    private static Assertion Find(Document document, DocumentEvent e, AsserterActors actors, AttributionClauseFinder clauses)
    {
        var statement = e.Code.RootNumber == 1 && e.Source is not null;
        if (Holding(document, e, statement) is { } held)
        {
            return clauses.QuotedAs(held, document.Quotes[held].Speaker.Span ?? document.Quotes[held].Span) is { } nested
                ? nested with { Quote = held }
                : FromQuote(document, held, actors, "quote");
        }

        if (statement)
        {
            // Issue 10 point 3: a statement is asserted by its speaker, the event's source; the quote it reports, if any.
            if (clauses.IsParticiple(e))
            {
                // "“…,” said Rose, adding …", "An official said …, adding …": the speaker of the clause it hangs on, the
                // quote cued before it in its sentence; else the subject that opens the sentence.
                if (CuedBefore(document, e) is { } main)
                {
                    return clauses.QuotedAs(main, document.Quotes[main].Speaker.Span ?? document.Quotes[main].Span) is { } nested ? nested with { Quote = main }
                        : FromQuote(document, main, actors, "statement");
                }

                if (clauses.ParticipleSubject(e) is { } opener)
                {
                    return opener with { Actor = opener.Actor ?? e.Source!.Code };
                }
            }

            var own = OwnQuote(document, e);
            if (own is { } q)
            {
                // The coder's code of the source (given the country of the event's place when the words name none) over the
                // bare code of the speaker's words.
                return clauses.QuotedAs(q, e.Source!.Span) is { } nested ? nested with { Quote = q }
                    : FromQuote(document, q, actors, "statement") with { Actor = e.Source!.Code };
            }

            var source = e.Source!;
            if (clauses.StatementSubject(e) is { } subject)
            {
                return subject with { Actor = subject.Actor ?? source.Code };
            }

            var words = document.TextOf(source.Span);
            var kind = actors.IsAnonymous(source.Span) ? AssertionKind.Anonymous : AssertionKind.Speaker;
            return new Assertion(kind, source.EntityId is null ? words : source.Name, source.Code, source.Span, null, "statement");
        }

        return clauses.Find(e) ?? Assertion.Reporter;
    }

    // The innermost quote whose words hold the trigger; for a statement, not a quote of its own speaker (that is its own quote).
    private static int? Holding(Document document, DocumentEvent e, bool statement)
    {
        int? best = null;
        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var q = document.Quotes[i];
            if (q.Span.Start > e.Trigger.Start)
            {
                break;
            }

            if (q.Span.Start <= e.Trigger.Start && e.Trigger.End <= q.Span.End
                && !(statement && q.Speaker.Span is { } s && s.Overlaps(e.Source!.Span))
                && (best is null || q.Span.Length < document.Quotes[best.Value].Span.Length))
            {
                best = i;
            }
        }

        return best;
    }

    // The last quote whose cue lies in the event's sentence before its trigger, when its speaker is named there.
    private static int? CuedBefore(Document document, DocumentEvent e)
    {
        int? found = null;
        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var q = document.Quotes[i];
            if (q.Cue is { } cue && e.Sentence.Start <= cue.Start && cue.End <= e.Trigger.Start && q.Speaker.Span is { } s && e.Sentence.Contains(s)
                && (found is null || cue.Start > document.Quotes[found.Value].Cue!.Value.Start))
            {
                found = i;
            }
        }

        return found;
    }

    // The quote a statement reports: the one whose cue is its trigger (the quote layer's speaker is the verb's subject),
    // else the one whose speaker is the statement's source.
    private static int? OwnQuote(Document document, DocumentEvent e)
    {
        int? bySpeaker = null;
        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var q = document.Quotes[i];
            if (q.Cue is { } cue && cue.Overlaps(e.Trigger))
            {
                return i;
            }

            if (bySpeaker is null && q.Speaker.Span is { } s && s.Overlaps(e.Source!.Span) && e.Sentence.Contains(s))
            {
                bySpeaker = i;
            }
        }

        return bySpeaker;
    }

    /// <summary>The assertion a quote's speaker makes: anonymous, a document (the quote names a medium) or a named speaker.</summary>
    internal static Assertion FromQuote(Document document, int index, AsserterActors actors, string rule)
    {
        var q = document.Quotes[index];
        var kind = q.Medium is { } medium && IsDocumentPhrase(document.Text, q.Speaker.Span, medium) ? AssertionKind.Document
            : q.Speaker.Anonymous ? AssertionKind.Anonymous : AssertionKind.Speaker;
        var span = q.Speaker.Span ?? EarlierSpan(document, index);
        var actor = q.Speaker.EntityId is { } id ? actors.OfEntity(id) : null;
        actor ??= span is { } at ? actors.At(at) : null;
        return new Assertion(kind, q.Speaker.Name, actor, span, index, rule) { Medium = q.Medium };
    }

    /// <summary>
    /// True when the document is the grammatical speaker: its noun is in the speaker's phrase or next to it ("a United
    /// Nations report", "The statement", "a report by Human Rights Watch"), not when a named speaker said something in
    /// it ("Bashagha said in a statement": a speaker, the statement kept as the medium).
    /// </summary>
    internal static bool IsDocumentPhrase(string text, TextSpan? speaker, string medium)
    {
        if (speaker is not { } span)
        {
            return true;
        }

        var from = Math.Max(0, span.Start - DocumentNounReach);
        var to = Math.Min(text.Length, span.End + DocumentNounReach);
        foreach (var word in WordScanner.Words(text, from, to))
        {
            var w = text.AsSpan(word.Start, word.Length);
            var between = span.Contains(word) ? [] : word.End <= span.Start ? WordScanner.Words(text, word.End, span.Start) : WordScanner.Words(text, span.End, word.Start);
            var near = between.Count == 0 || (between.Count == 1 && between[0].Of(text) is "by" or "from" or "of");
            if (near && w.StartsWith(medium, StringComparison.OrdinalIgnoreCase) && w.Length <= medium.Length + 2)
            {
                return true;
            }
        }

        return false;
    }

    // A continuation quote names no speaker of its own: the words of the last earlier quote of the same speaker that does.
    private static TextSpan? EarlierSpan(Document document, int index)
    {
        var speaker = document.Quotes[index].Speaker;
        for (var i = index - 1; i >= 0; i--)
        {
            var earlier = document.Quotes[i].Speaker;
            if (earlier.Span is { } span && earlier.Name == speaker.Name && earlier.EntityId == speaker.EntityId)
            {
                return span;
            }
        }

        return null;
    }
}
