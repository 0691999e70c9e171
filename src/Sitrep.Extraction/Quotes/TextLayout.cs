using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Paragraphs and sentences of a document's body text, for finding the clause around a quote. Paragraphs are the
/// lines of Body zones; sentences come from the document's sentence layer, clipped to their paragraph.
/// </summary>
internal sealed class TextLayout
{
    private readonly List<TextSpan> _paragraphs;
    private readonly List<TextSpan> _sentences;

    private TextLayout(List<TextSpan> paragraphs, List<TextSpan> sentences)
    {
        _paragraphs = paragraphs;
        _sentences = sentences;
    }

    /// <summary>Body paragraphs, ordered, non-empty.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>Sentences, ordered, each inside one paragraph.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences;

    /// <summary>Builds the layout of a document: Body zones (the whole text when there are none) split at line breaks.</summary>
    public static TextLayout Of(Document document)
    {
        var text = document.Text;
        var bodies = document.Zones.Where(z => z.Kind == ZoneKind.Body).Select(z => z.Span).ToList();
        if (bodies.Count == 0 && !document.Has(LayerKind.Zones))
        {
            bodies.Add(new TextSpan(0, text.Length));
        }

        var paragraphs = new List<TextSpan>();
        foreach (var body in bodies)
        {
            var start = body.Start;
            for (var i = body.Start; i <= body.End; i++)
            {
                if (i == body.End || text[i] == '\n')
                {
                    var p = Trim(text, start, i);
                    if (p.Length > 0)
                    {
                        paragraphs.Add(p);
                    }

                    start = i + 1;
                }
            }
        }

        paragraphs.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sentences = new List<TextSpan>();
        var pi = 0;
        foreach (var sentence in document.Sentences.Select(s => s.Span).OrderBy(s => s.Start))
        {
            while (pi < paragraphs.Count && paragraphs[pi].End <= sentence.Start)
            {
                pi++;
            }

            // A sentence may straddle a line break the splitter did not see: clip it to each paragraph it covers.
            for (var k = pi; k < paragraphs.Count && paragraphs[k].Start < sentence.End; k++)
            {
                var s = Math.Max(sentence.Start, paragraphs[k].Start);
                var e = Math.Min(sentence.End, paragraphs[k].End);
                if (e > s)
                {
                    sentences.Add(new TextSpan(s, e));
                }
            }
        }

        // Paragraph text the sentence layer does not cover becomes a sentence of its own.
        var filled = new List<TextSpan>();
        var si = 0;
        foreach (var p in paragraphs)
        {
            var cursor = p.Start;
            while (si < sentences.Count && sentences[si].End <= p.End)
            {
                if (sentences[si].Start >= p.Start)
                {
                    AddGap(text, filled, cursor, sentences[si].Start);
                    filled.Add(sentences[si]);
                    cursor = sentences[si].End;
                }

                si++;
            }

            AddGap(text, filled, cursor, p.End);
        }

        return new TextLayout(paragraphs, filled);
    }

    /// <summary>The index in <see cref="Sentences"/> of the sentence holding <paramref name="index"/>, or -1.</summary>
    public int SentenceIndexAt(int index) => IndexAt(_sentences, index);

    /// <summary>The index in <see cref="Paragraphs"/> of the paragraph holding <paramref name="index"/>, or -1.</summary>
    public int ParagraphIndexAt(int index) => IndexAt(_paragraphs, index);

    private static int IndexAt(List<TextSpan> spans, int index)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].End <= index)
            {
                lo = mid + 1;
            }
            else if (spans[mid].Start > index)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static void AddGap(string text, List<TextSpan> into, int start, int end)
    {
        var gap = Trim(text, start, end);
        if (gap.Length > 0)
        {
            into.Add(gap);
        }
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
