using System.Collections.Immutable;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Finds the quotes of a document and their speakers: a pure function of the document's text, zones, sentences and
/// entity layer (STYLE A5). Direct quotes come from paired quotation marks in body paragraphs, attributed by the words
/// around them or, for a continuation, by the adjacent quote before; indirect quotes from reporting patterns in
/// sentences without direct quotes. Linear in the text for a fixed lexicon.
/// </summary>
public sealed class QuoteFinder
{
    // How many sentences back a pronoun with no other antecedent looks for a named sentence subject.
    private const int PronounLookback = 3;

    private readonly QuoteLexicon _lexicon;
    private readonly QuoteAttributorOptions _options;
    private readonly string _stageName;

    /// <summary>Creates a finder.</summary>
    /// <param name="lexicon">Reporting words and source nouns.</param>
    /// <param name="options">Limits; <see cref="QuoteAttributorOptions.Default"/> when null.</param>
    /// <param name="stageName">Stage name written on diagnostics.</param>
    public QuoteFinder(QuoteLexicon lexicon, QuoteAttributorOptions? options = null, string stageName = QuoteAttributor.StageName)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _options = options ?? QuoteAttributorOptions.Default;
        _stageName = stageName;
    }

    /// <summary>Finds the quotes of <paramref name="document"/>. Spans index <see cref="Document.Text"/>.</summary>
    public QuoteFindResult Find(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var layout = TextLayout.Of(document);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var segments = QuoteMarkScanner.Scan(text, layout);
        if (segments.Count > _options.MaxQuotesPerDocument)
        {
            diagnostics.Add(new Diagnostic(_stageName, DiagnosticCode.UnattributedQuote, Severity.Warning,
                $"{segments.Count} quotation-mark pairs; only the first {_options.MaxQuotesPerDocument} were attributed.", null));
            segments.RemoveRange(_options.MaxQuotesPerDocument, segments.Count - _options.MaxQuotesPerDocument);
        }

        foreach (var s in segments.Where(s => s.Unclosed && !s.ContinuesInNextParagraph))
        {
            diagnostics.Add(new Diagnostic(_stageName, DiagnosticCode.UnclosedQuote, Severity.Warning,
                $"quotation mark at {s.Open} is not closed before the end of its paragraph; the quote runs to {s.Close}.", new TextSpan(s.Open, s.Close)));
        }

        var parser = new SpeakerParser(text, _lexicon, _options);
        var direct = DirectQuotes(text, layout, segments, parser, cancellationToken);
        var candidates = new List<QuoteCandidate>(direct.Where(c => c is not null)!);

        // Indirect quotes: sentences that hold no attributed direct quote nor its attribution.
        var occupied = new List<TextSpan>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (direct[i] is { } c)
            {
                // The quote, its cue and its speaker: reported speech beside them in the sentence is kept.
                occupied.Add(new TextSpan(segments[i].Open, segments[i].Close + 1));
                if (c.Attribution is { } a)
                {
                    occupied.Add(a.Cue);
                    occupied.Add(a.Speaker.Span);
                }
            }
        }

        occupied.Sort((a, b) => a.Start.CompareTo(b.Start));
        var indirectFinder = new IndirectQuoteFinder(text, _lexicon, parser, _options);
        bool IsQuoted(int index) => InsideAny(segments, index);
        var indirect = new List<QuoteCandidate>();
        var oi = 0;
        foreach (var sentence in layout.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (oi < occupied.Count && occupied[oi].End <= sentence.Start)
            {
                oi++;
            }

            // A sentence holding an attributed direct quote may still report speech beside it ("X described the
            // decision as “…” but told reporters he did not expect …"; issue 9 point 7): keep what lies clear of the
            // quote and its attribution.
            var blocking = new List<TextSpan>();
            for (var k = oi; k < occupied.Count && occupied[k].Start < sentence.End; k++)
            {
                if (occupied[k].Overlaps(sentence))
                {
                    blocking.Add(occupied[k]);
                }
            }

            foreach (var c in indirectFinder.Find(sentence, IsQuoted))
            {
                if (!blocking.Exists(o => o.Overlaps(c.Span) || (c.Attribution is { } a && o.Overlaps(a.Cue))))
                {
                    indirect.Add(c);
                }
            }
        }

        var followers = FollowReportedSpeech(text, segments, direct, indirect, candidates.Count);

        // Quoted words neither attributed nor part of reported speech: report the long ones, drop scare quotes.
        var ii = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var inner = segments[i].Inner;
            while (ii < indirect.Count && indirect[ii].Span.End < inner.Start)
            {
                ii++;
            }

            var reported = ii < indirect.Count && indirect[ii].Span.Contains(inner);
            if (direct[i] is null && !followers.ContainsKey(i) && !inner.IsEmpty && !reported
                && WordScanner.Words(text, inner.Start, inner.End).Count >= _options.MinUnattributedWords)
            {
                diagnostics.Add(new Diagnostic(_stageName, DiagnosticCode.UnattributedQuote, Severity.Info,
                    $"no speaker found for the quote at {inner}.", inner));
            }
        }

        candidates.AddRange(indirect);
        candidates.AddRange(followers.Values);
        SpeakerPhrase? PreviousSubject(int index)
        {
            var si = layout.SentenceIndexAt(index);
            for (var k = si - 1; k >= 0 && k >= si - PronounLookback; k--)
            {
                if (parser.SentenceSubject(layout.Sentences[k].Start, layout.Sentences[k].End) is { Kind: SpeakerPhraseKind.Named } subject)
                {
                    return subject;
                }
            }

            return null;
        }

        var context = new SpeakerContext(text, layout, parser, _lexicon);
        return new QuoteFindResult(Resolve(document, candidates, PreviousSubject, context), diagnostics.ToImmutable());
    }

    // One candidate (or null) per segment, index-aligned with segments.
    private List<QuoteCandidate?> DirectQuotes(string text, TextLayout layout, List<QuotedSegment> segments, SpeakerParser parser, CancellationToken ct)
    {
        var finder = new DirectAttributionFinder(text, layout, _lexicon, parser, _options);
        var attributions = new Attribution?[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (segments[i].Inner.IsEmpty)
            {
                continue;
            }

            var previousClose = i > 0 && segments[i - 1].Paragraph == segments[i].Paragraph ? segments[i - 1].Close : -1;
            var nextOpen = i + 1 < segments.Count && segments[i + 1].Paragraph == segments[i].Paragraph ? segments[i + 1].Open : int.MaxValue;
            attributions[i] = finder.Find(segments[i], previousClose, nextOpen);
        }

        // Continuations: a quote with no attribution of its own right after an attributed one takes its speaker
        // ("“…,” said X, a …. “In particular …”"); a quote running into the next paragraph takes the next one's.
        var antecedent = new int?[segments.Count];
        var regionEnd = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            regionEnd[i] = attributions[i]?.RegionEnd ?? segments[i].Close + 1;
            if (attributions[i] is null && !segments[i].Inner.IsEmpty && i > 0 && (attributions[i - 1] is not null || antecedent[i - 1] is not null)
                && OnlyPunctuation(text, regionEnd[i - 1], segments[i].Open) && segments[i].Paragraph - segments[i - 1].Paragraph <= 1)
            {
                antecedent[i] = i - 1;
            }
        }

        for (var i = segments.Count - 2; i >= 0; i--)
        {
            if (attributions[i] is null && antecedent[i] is null && segments[i].ContinuesInNextParagraph && !segments[i].Inner.IsEmpty
                && (attributions[i + 1] is not null || antecedent[i + 1] is not null))
            {
                antecedent[i] = i + 1;
            }
        }

        // Candidates are later compacted (nulls dropped): number antecedents by their compacted index.
        var compact = new int[segments.Count];
        for (int i = 0, n = 0; i < segments.Count; i++)
        {
            compact[i] = n;
            if (attributions[i] is not null || antecedent[i] is not null)
            {
                n++;
            }
        }

        var result = new List<QuoteCandidate?>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            result.Add(attributions[i] is not null || antecedent[i] is not null
                ? new QuoteCandidate(segments[i].Inner, QuoteKind.Direct, attributions[i], antecedent[i] is { } a ? compact[a] : null)
                : null);
        }

        return result;
    }

    // A direct quote with no attribution of its own right after reported speech, in the same paragraph, continues it
    // (issue 9 point 7): "The spokesman said the talks had failed. “There is nothing more …”" and "… said it would
    // appeal; “…”". Further quotes right after such a quote continue it in turn. Short quoted words (a title, a scare
    // quote opening the next sentence) stay unattributed. Keys are segment indices; antecedents index the candidates
    // list that holds <paramref name="firstIndirect"/> direct candidates, then the indirect ones, then these.
    private SortedDictionary<int, QuoteCandidate> FollowReportedSpeech(string text, List<QuotedSegment> segments, List<QuoteCandidate?> direct,
        List<QuoteCandidate> indirect, int firstIndirect)
    {
        var followers = new SortedDictionary<int, QuoteCandidate>();
        var ends = indirect.Select((c, k) => (End: ReportEnd(c), Index: firstIndirect + k)).OrderBy(e => e.End).ToList();
        var ei = -1;
        (int End, int Index)? previous = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var seg = segments[i];
            while (ei + 1 < ends.Count && ends[ei + 1].End <= seg.Open)
            {
                ei++;
            }

            if (direct[i] is not null || seg.Inner.IsEmpty || WordScanner.Words(text, seg.Inner.Start, seg.Inner.End).Count < _options.MinUnattributedWords)
            {
                continue;
            }

            int? antecedent = previous is { } p && SameClauseGap(text, p.End, seg.Open) ? p.Index
                : ei >= 0 && SameClauseGap(text, ends[ei].End, seg.Open) ? ends[ei].Index
                : null;
            if (antecedent is { } a)
            {
                followers[i] = new QuoteCandidate(seg.Inner, QuoteKind.Direct, null, a);
                previous = (seg.Close + 1, firstIndirect + indirect.Count + followers.Count - 1);
            }
        }

        return followers;
    }

    // Where reported speech and its attribution end ("…, officials said" ends after "said").
    private static int ReportEnd(QuoteCandidate c) =>
        c.Attribution is { } a ? Math.Max(c.Span.End, Math.Max(a.Cue.End, a.Speaker.Span.End)) : c.Span.End;

    // Only punctuation and spaces, no line break, between two indices.
    private static bool SameClauseGap(string text, int start, int end) =>
        start <= end && OnlyPunctuation(text, start, end) && text.IndexOf('\n', start, end - start) < 0;

    private static ImmutableArray<Quote> Resolve(Document document, List<QuoteCandidate> candidates, Func<int, SpeakerPhrase?> previousSubject, SpeakerContext context)
    {
        // Direct candidates come first, index-aligned with segments; antecedents index that prefix. Resolve in text
        // order so that a pronoun sees earlier speakers, then fill continuations (forward and backward).
        var resolver = new SpeakerResolver(document, previousSubject, context);
        var speakers = new Speaker?[candidates.Count];
        var media = new string?[candidates.Count];
        foreach (var i in Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Span.Start))
        {
            if (candidates[i].Attribution is { } a)
            {
                // The document the words come from: the speaker phrase's own ("The statement continued") or one named
                // beside the verb ("X said in a statement"); issue 9 point 7.
                media[i] = a.Speaker.Medium ?? context.MediumOf(a);
                speakers[i] = resolver.Resolve(a, candidates[i].Span, media[i]);
            }
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (speakers[i] is null && candidates[i].Antecedent is { } a && speakers[a] is { } s)
                {
                    speakers[i] = s with { Span = null };
                    media[i] = media[a];
                }
            }

            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                if (speakers[i] is null && candidates[i].Antecedent is { } a && speakers[a] is { } s)
                {
                    speakers[i] = s with { Span = null };
                    media[i] = media[a];
                }
            }
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (speakers[i] is { } s)
            {
                quotes.Add(new Quote(candidates[i].Span, candidates[i].Kind, s, candidates[i].Attribution?.Cue, media[i]));
            }
        }

        quotes.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Span.End.CompareTo(y.Span.End));
        return quotes.ToImmutable();
    }

    private static bool InsideAny(List<QuotedSegment> segments, int index)
    {
        int lo = 0, hi = segments.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (segments[mid].Close < index)
            {
                lo = mid + 1;
            }
            else if (segments[mid].Open > index)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyPunctuation(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
