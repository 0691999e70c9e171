using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores quote extraction against a gold set (issue 2 point 9, Wikinews quotes): a predicted quote matches a gold quote
/// when their spans overlap (one to one, largest overlap first); speaker accuracy is measured on matched quotes.
/// </summary>
public static class QuoteEvaluator
{
    /// <summary>Analyses each record with <paramref name="analyze"/> and scores the quotes.</summary>
    /// <param name="records">Gold articles.</param>
    /// <param name="analyze">The pipeline: takes a document with text and date, returns it with its quote layer.</param>
    public static QuoteEvalReport Evaluate(IEnumerable<QuoteGoldRecord> records, Func<Document, Document> analyze)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(analyze);
        var forms = new SortedDictionary<string, (int Gold, int Matched)>(StringComparer.Ordinal);
        int docs = 0, gold = 0, predicted = 0, matched = 0, speaker = 0, exact = 0, kind = 0, goldDirect = 0, matchedDirect = 0, goldIndirect = 0, matchedIndirect = 0;
        foreach (var record in records)
        {
            var doc = analyze(new Document(record.Id, record.Text, new DocumentMetadata { Date = record.Date }));
            docs++;
            gold += record.Quotes.Length;
            predicted += doc.Quotes.Length;
            goldDirect += record.Quotes.Count(q => q.Kind == "direct");
            goldIndirect += record.Quotes.Count(q => q.Kind != "direct");
            foreach (var q in record.Quotes.Where(q => q.Form is not null))
            {
                forms[q.Form!] = forms.TryGetValue(q.Form!, out var c) ? (c.Gold + 1, c.Matched) : (1, 0);
            }

            foreach (var (g, p) in Match(record.Quotes, doc.Quotes))
            {
                matched++;
                if (g.Form is not null)
                {
                    forms[g.Form] = (forms[g.Form].Gold, forms[g.Form].Matched + 1);
                }

                if (g.Kind == "direct")
                {
                    matchedDirect++;
                }
                else
                {
                    matchedIndirect++;
                }

                speaker += QuoteSpeakerMatch.CompatibleName(p.Speaker.Name, g.Speaker) ? 1 : 0;
                exact += QuoteSpeakerMatch.SameName(p.Speaker.Name, g.Speaker) ? 1 : 0;
                kind += (p.Kind == QuoteKind.Direct) == (g.Kind == "direct") ? 1 : 0;
            }
        }

        return new QuoteEvalReport(docs, gold, predicted, matched, speaker, exact, kind, goldDirect, matchedDirect, goldIndirect, matchedIndirect,
            [.. forms.Select(f => new QuoteFormScore(f.Key, f.Value.Gold, f.Value.Matched))]);
    }

    /// <summary>One-to-one pairs of overlapping gold and predicted quotes, largest overlap first.</summary>
    public static List<(QuoteGoldQuote Gold, Quote Predicted)> Match(IReadOnlyList<QuoteGoldQuote> gold, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = new List<(int G, int P, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gold[g].Span.End, predicted[p].Span.End) - Math.Max(gold[g].Span.Start, predicted[p].Span.Start);
                if (overlap > 0)
                {
                    pairs.Add((g, p, overlap));
                }
            }
        }

        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var result = new List<(QuoteGoldQuote, Quote)>();
        foreach (var (g, p, _) in pairs.OrderByDescending(x => x.Overlap))
        {
            if (!usedG.Contains(g) && !usedP.Contains(p))
            {
                usedG.Add(g);
                usedP.Add(p);
                result.Add((gold[g], predicted[p]));
            }
        }

        return result;
    }
}
