using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores entity recognition against gold documents (issue 2 point 9): runs a pipeline on each text, keeps predicted
/// named mentions (not pronouns, with a capital letter, like the gold), and matches predicted and gold mentions of the
/// same type one-to-one when their spans overlap.
/// </summary>
public static class NerEvaluator
{
    /// <summary>The evaluated types, in report order.</summary>
    public static ImmutableArray<EntityType> Types { get; } = [EntityType.Person, EntityType.Org, EntityType.Place, EntityType.Nationality, EntityType.Equipment];

    /// <summary>Export-contract label of a type (<c>PERSON ORG PLACE NATIONALITY EQUIPMENT</c>).</summary>
    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Place => "PLACE",
        EntityType.Nationality => "NATIONALITY",
        EntityType.Equipment => "EQUIPMENT",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>Parses a label back to a type (case-insensitive); false for an unknown label.</summary>
    public static bool TryParseLabel(string label, out EntityType type)
    {
        foreach (var t in Types)
        {
            if (string.Equals(Label(t), label, StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Runs <paramref name="pipeline"/> on every gold text and scores the result: one score per type, then the micro average.</summary>
    public static ImmutableArray<NerTypeScore> Evaluate(Pipeline pipeline, IEnumerable<NerGoldDocument> gold, CancellationToken cancellationToken = default) =>
        Evaluate(pipeline, gold, TextCase.AsIs, cancellationToken);

    /// <summary>
    /// Runs <paramref name="pipeline"/> on every gold text changed to <paramref name="textCase"/> (issue 8 point 4: casing
    /// robustness) and scores the result against the unchanged gold: one score per type, then the micro average. A
    /// predicted mention counts as named by the text as written, so a lower-cased name still counts.
    /// </summary>
    /// <exception cref="InvalidOperationException">When changing a text's case would move its offsets (see <see cref="TextCases.Apply"/>).</exception>
    public static ImmutableArray<NerTypeScore> Evaluate(Pipeline pipeline, IEnumerable<NerGoldDocument> gold, TextCase textCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var tp = new int[Types.Length];
        var fp = new int[Types.Length];
        var fn = new int[Types.Length];
        foreach (var g in gold)
        {
            var doc = pipeline.Process(new Document(g.Id, TextCases.Apply(g.Text, textCase)), cancellationToken);
            var predicted = Predicted(doc, g.Text);
            for (var t = 0; t < Types.Length; t++)
            {
                var (a, b, c) = Match([.. predicted.Where(p => p.Type == Types[t]).Select(p => p.Span)], [.. g.Spans.Where(s => s.Type == Types[t]).Select(s => s.Span)]);
                tp[t] += a;
                fp[t] += b;
                fn[t] += c;
            }
        }

        var scores = ImmutableArray.CreateBuilder<NerTypeScore>();
        for (var t = 0; t < Types.Length; t++)
        {
            scores.Add(new NerTypeScore(Types[t], tp[t], fp[t], fn[t]));
        }

        scores.Add(new NerTypeScore(null, tp.Sum(), fp.Sum(), fn.Sum()));
        return scores.ToImmutable();
    }

    /// <summary>The named mentions of a processed document with their entity types.</summary>
    public static ImmutableArray<(TextSpan Span, EntityType Type)> Predicted(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Predicted(document, document.Text);
    }

    /// <summary>
    /// The named mentions of a processed document with their entity types, judged named by <paramref name="written"/>:
    /// the text as the gold has it, of which the document's text is a case-changed copy with the same offsets.
    /// </summary>
    public static ImmutableArray<(TextSpan Span, EntityType Type)> Predicted(Document document, string written)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(written);
        if (written.Length != document.Text.Length)
        {
            throw new ArgumentException($"The written text has {written.Length} characters, the document's {document.Text.Length}: they must be case variants of one text.", nameof(written));
        }

        return [.. document.Mentions
            .Where(m => m.Kind != MentionKind.Pronoun && m.EntityId < document.Entities.Length && NerGoldReader.IsNamed(m.Span.Of(written)))
            .Select(m => (m.Span, document.Entities[m.EntityId].Type))];
    }

    /// <summary>One-to-one overlap matching: returns (true positives, false positives, false negatives).</summary>
    public static (int TruePositives, int FalsePositives, int FalseNegatives) Match(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        var (usedPredicted, _) = Pair(predicted, gold);
        var matched = usedPredicted.Count(u => u);
        return (matched, predicted.Count - matched, gold.Count - matched);
    }

    /// <summary>Characters of text kept on each side of a mention in <see cref="NerError.Context"/>.</summary>
    public const int ErrorContextChars = 80;

    /// <summary>
    /// Runs <paramref name="pipeline"/> on every gold text and lists the mentions the overlap match of <see cref="Evaluate(Pipeline, IEnumerable{NerGoldDocument}, CancellationToken)"/>
    /// leaves unmatched, per type (issue 9 point 8 error analysis), in document and text order.
    /// </summary>
    public static ImmutableArray<NerError> Errors(Pipeline pipeline, IEnumerable<NerGoldDocument> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var errors = ImmutableArray.CreateBuilder<NerError>();
        foreach (var g in gold)
        {
            var doc = pipeline.Process(new Document(g.Id, g.Text), cancellationToken);
            var predicted = Predicted(doc, g.Text);
            var found = new List<NerError>();
            foreach (var type in Types)
            {
                var p = predicted.Where(x => x.Type == type).Select(x => x.Span).ToList();
                var q = g.Spans.Where(s => s.Type == type).Select(s => s.Span).ToList();
                var (usedPredicted, usedGold) = Pair(p, q);
                for (var k = 0; k < p.Count; k++)
                {
                    if (!usedPredicted[k])
                    {
                        var other = g.Spans.FirstOrDefault(s => s.Type != type && s.Span.Overlaps(p[k]));
                        found.Add(Error(g, type, true, p[k], other is null ? null : other.Type));
                    }
                }

                for (var k = 0; k < q.Count; k++)
                {
                    if (!usedGold[k])
                    {
                        var other = predicted.Where(x => x.Type != type && x.Span.Overlaps(q[k])).Select(x => (EntityType?)x.Type).FirstOrDefault();
                        found.Add(Error(g, type, false, q[k], other));
                    }
                }
            }

            errors.AddRange(found.OrderBy(e => e.Span.Start).ThenBy(e => e.Type));
        }

        return errors.ToImmutable();
    }

    private static NerError Error(NerGoldDocument g, EntityType type, bool falsePositive, TextSpan span, EntityType? other)
    {
        var from = Math.Max(0, span.Start - ErrorContextChars);
        var to = Math.Min(g.Text.Length, span.End + ErrorContextChars);
        var context = (g.Text[from..span.Start] + "[[" + span.Of(g.Text) + "]]" + g.Text[span.End..to])
            .ReplaceLineEndings(" ");
        return new NerError(g.Id, type, falsePositive, span, span.Of(g.Text), context, other);
    }

    // Greedy one-to-one pairing in gold order: each gold mention takes the first unused prediction it overlaps.
    private static (bool[] UsedPredicted, bool[] UsedGold) Pair(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var usedPredicted = new bool[predicted.Count];
        var usedGold = new bool[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            for (var k = 0; k < predicted.Count; k++)
            {
                if (!usedPredicted[k] && predicted[k].Overlaps(gold[i]))
                {
                    usedPredicted[k] = true;
                    usedGold[i] = true;
                    break;
                }
            }
        }

        return (usedPredicted, usedGold);
    }
}
