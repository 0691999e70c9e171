using System.Text.Json;
using Sitrep.Corpus.Evaluation;
using Sitrep.Corpus.Stories;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>Writes the wrong pairs of a stories evaluation, one JSON line each, to see why they went wrong.</summary>
internal static class StoryErrorDump
{
    /// <summary>One line per pair merged but not one gold story (fp) or one gold story but not merged (fn).</summary>
    public static void Write(FileInfo file, IReadOnlyList<StoryTestItem> items, IReadOnlyList<string> predicted, StoryOptions options)
    {
        var fingerprints = new Dictionary<int, StoryFingerprint>();
        StoryFingerprint Of(int i) => fingerprints.TryGetValue(i, out var f) ? f : fingerprints[i] = StoryFingerprint.Of(items[i].Text, options);
        var pairs = new List<(string Error, int A, int B)>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(i => items[i].Story, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            pairs.AddRange(from a in members from b in members where a < b && predicted[a] != predicted[b] select ("fn", a, b));
        }

        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(i => predicted[i], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            pairs.AddRange(from a in members from b in members where a < b && items[a].Story != items[b].Story select ("fp", a, b));
        }

        EvalJson.WriteLines(file, pairs, (w, p) =>
        {
            var (a, b) = (Of(p.A), Of(p.B));
            var facts = TemplateRule.Compare(a.Facts, b.Facts);
            w.WriteStartObject();
            w.WriteString("error", p.Error);
            w.WriteString("a", items[p.A].Id);
            w.WriteString("b", items[p.B].Id);
            w.WriteString("a_kind", items[p.A].Kind);
            w.WriteString("b_kind", items[p.B].Kind);
            w.WriteNumber("jaccard", Math.Round(MinHash.Jaccard(a.Shingles.AsSpan(), b.Shingles.AsSpan()), 3));
            w.WriteNumber("estimate", Math.Round(MinHash.Estimate(a.Signature.AsSpan(), b.Signature.AsSpan()), 3));
            w.WriteString("facts", $"numbers {facts.NumberAgreements}/{facts.NumberConflicts}, names {facts.NameAgreements}/{facts.NameConflicts}");
            w.WriteString("reason", Reason(p.Error, a, b, options));
            w.WriteStartArray("conflicts");
            foreach (var conflict in Conflicts(items[p.A].Text, items[p.B].Text, a.Facts, b.Facts))
            {
                w.WriteStringValue(conflict);
            }

            w.WriteEndArray();
            w.WriteString("a_title", items[p.A].Title);
            w.WriteString("b_title", items[p.B].Title);
            w.WriteEndObject();
        });
    }

    // Why a pair of one story was not merged (fn), or what let a wrong pair through (fp).
    private static string Reason(string error, StoryFingerprint a, StoryFingerprint b, StoryOptions options)
    {
        if (error == "fp")
        {
            return StoryMatch.IsMatch(a, b, options) ? "matched" : "linked through others";
        }

        if (MinHash.Jaccard(a.Shingles.AsSpan(), b.Shingles.AsSpan()) < options.MinJaccard)
        {
            return "below jaccard";
        }

        if (TemplateRule.Compare(a.Facts, b.Facts).Disagrees(options.MaxConflictShare, MinHash.Common(a.Shingles.AsSpan(), b.Shingles.AsSpan()), options.ShinglesPerUpdatedFigure))
        {
            return "template rule";
        }

        return StoryMatch.IsRuledOutBySignature(a.Signature.AsSpan(), b.Signature.AsSpan(), options) ? "signature estimate" : "not a candidate";
    }

    // The aligned fact slots that disagree, as "kind: word a | word b" with a word of context on either side.
    private static IEnumerable<string> Conflicts(string textA, string textB, FactProfile a, FactProfile b)
    {
        var (spansA, spansB) = (FactTokens.WordSpans(textA), FactTokens.WordSpans(textB));
        foreach (var slot in TemplateRule.Align(a, b).Where(s => !s.Agrees))
        {
            yield return $"{slot.Kind}: {Around(textA, spansA, slot.A)} | {Around(textB, spansB, slot.B)}";
        }
    }

    private static string Around(string text, IReadOnlyList<Sitrep.Core.Model.TextSpan> spans, int i)
    {
        var from = spans[Math.Max(0, i - 2)].Start;
        var to = spans[Math.Min(spans.Count - 1, i + 2)].End;
        return $"{text[from..spans[i].Start]}[{text[spans[i].Start..spans[i].End]}]{text[spans[i].End..to]}".ReplaceLineEndings(" / ");
    }
}
