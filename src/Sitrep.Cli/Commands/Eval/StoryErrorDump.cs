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
            w.WriteString("a_title", items[p.A].Title);
            w.WriteString("b_title", items[p.B].Title);
            w.WriteEndObject();
        });
    }
}
