using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores a document's events against a reference article's gold events (issue 3 bar: at least 10 of 12 with an
/// acceptable code and the right source and target). A coded event matches a gold event when its evidence overlaps
/// the gold evidence, its code is one of the gold codes, its source one of the gold sources, and its target one of
/// the gold targets (no target when the gold gives none). Each coded event matches at most one gold event.
/// </summary>
public static class SeedEventEvaluator
{
    /// <summary>Matches every gold event.</summary>
    public static ImmutableArray<SeedEventMatch> Evaluate(Document document, IReadOnlyList<SeedGoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var taken = new HashSet<DocumentEvent>(ReferenceEqualityComparer.Instance);
        var result = ImmutableArray.CreateBuilder<SeedEventMatch>(gold.Count);
        var text = Normalize(document.Text);
        foreach (var g in gold)
        {
            var at = text.IndexOf(Normalize(g.Evidence), StringComparison.OrdinalIgnoreCase);
            var span = at < 0 ? (TextSpan?)null : new TextSpan(at, at + g.Evidence.Length);
            var overlapping = span is { } s ? document.Events.Where(e => e.Evidence.Start < s.End && s.Start < e.Evidence.End).ToList() : [];
            var found = overlapping.FirstOrDefault(e => !taken.Contains(e) && Accepts(g, e));
            if (found is not null)
            {
                taken.Add(found);
            }

            result.Add(new SeedEventMatch(g, found, found is null ? null : g.When is null || found.Date?.ToString() == g.When, found is null ? overlapping.FirstOrDefault() : null));
        }

        return result.MoveToImmutable();
    }

    /// <summary>True when the event's code, source and target are acceptable for the gold event.</summary>
    public static bool Accepts(SeedGoldEvent gold, DocumentEvent coded)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(coded);
        return gold.Codes.Contains(coded.Code.Value)
            && coded.Source is { } s && gold.Sources.Contains(s.Code.Value)
            && (gold.Targets.IsEmpty ? coded.Target is null : coded.Target is { } t && gold.Targets.Contains(t.Code.Value));
    }

    // Gold text uses the article's characters; only line breaks and the case of a first letter may differ.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
