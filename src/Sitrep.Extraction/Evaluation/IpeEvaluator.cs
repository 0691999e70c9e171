using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores IndiaPoliceEvents sentences (issue 8 point 8) from documents the pipeline has analysed; it runs no pipeline.
/// <list type="bullet">
/// <item>A gold sentence holds the evidence of an event when the event's <see cref="DocumentEvent.Trigger"/> starts
/// inside the sentence's gold span [start, end).</item>
/// <item>Police source (<see cref="IsPoliceSource"/>): the source's actor code has a three-letter segment
/// <c>COP</c> (<c>COP</c>, <c>INDCOP</c>).</item>
/// <item>KILL: police source and <see cref="DocumentEvent.Fatalities"/> count ≥ 1. ARREST: police source and a CAMEO
/// code within 173. FORCE: police source and a code within 175 or of root 18, 19 or 20. ANY_ACTION: police source.
/// FAIL ("did police fail to intervene?") has no CAMEO counterpart and is not predicted: only its gold count is
/// reported.</item>
/// <item>A sentence is predicted positive for a label when any event it holds supports the label; a document when any
/// of its sentences is (gold and predicted alike).</item>
/// </list>
/// </summary>
public static class IpeEvaluator
{
    private const string PoliceSegment = "COP";
    private const int SegmentLength = 3;
    private static readonly EventCode Arrest = EventCode.Parse("173");
    private static readonly EventCode Force = EventCode.Parse("175");

    /// <summary>The five labels in report order.</summary>
    public static ImmutableArray<IpeLabel> Labels { get; } = [.. Enum.GetValues<IpeLabel>()];

    /// <summary>True for a label Sitrep predicts; false for <see cref="IpeLabel.Fail"/>.</summary>
    public static bool IsPredicted(IpeLabel label) => label != IpeLabel.Fail;

    /// <summary>True when the event's source code has a three-letter segment <c>COP</c> (<c>COP</c>, <c>INDCOP</c>, <c>INDCOPREB</c>).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="e"/> is null.</exception>
    public static bool IsPoliceSource(DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var code = e.Source?.Code.Value;
        if (code is null || code.Length % SegmentLength != 0)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i += SegmentLength)
        {
            if (string.CompareOrdinal(code, i, PoliceSegment, 0, SegmentLength) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labels one event supports, in enum order (see the class remarks); empty when its source is not police.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="e"/> is null.</exception>
    public static ImmutableArray<IpeLabel> LabelsOf(DocumentEvent e)
    {
        if (!IsPoliceSource(e))
        {
            return [];
        }

        var labels = ImmutableArray.CreateBuilder<IpeLabel>();
        if (e.Fatalities is { Count: >= 1 })
        {
            labels.Add(IpeLabel.Kill);
        }

        if (e.Code.IsWithin(Arrest))
        {
            labels.Add(IpeLabel.Arrest);
        }

        if (e.Code.IsWithin(Force) || e.Code.RootNumber is 18 or 19 or 20)
        {
            labels.Add(IpeLabel.Force);
        }

        labels.Add(IpeLabel.AnyAction);
        return labels.ToImmutable();
    }

    /// <summary>Assigns the analysed document's events to the article's gold sentences and predicts their labels.</summary>
    /// <param name="article">The gold article.</param>
    /// <param name="document">Its text after the pipeline (a document with no events when its analysis failed).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static IpeArticleOutcome Analyse(IpeGoldArticle article, Document document)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(document);
        var assigned = 0;
        var sentences = ImmutableArray.CreateBuilder<IpeSentenceOutcome>(article.Sentences.Length);
        foreach (var sentence in article.Sentences)
        {
            var events = document.Events.Where(e => sentence.Span.Contains(e.Trigger.Start)).ToImmutableArray();
            assigned += events.Length;
            var predicted = events.SelectMany(e => LabelsOf(e)).Distinct().Order().ToImmutableArray();
            sentences.Add(new IpeSentenceOutcome(sentence, predicted, events));
        }

        // Gold sentences do not overlap, so an event is counted in at most one; the rest fall between them.
        return new IpeArticleOutcome(article.Id, sentences.MoveToImmutable(), document.Events.Length, document.Events.Count(IsPoliceSource), document.Events.Length - assigned);
    }

    /// <summary>Scores the articles' outcomes per label over sentences and over documents.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="articles"/> is null.</exception>
    public static IpeEvalReport Score(IReadOnlyList<IpeArticleOutcome> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var sentences = articles.SelectMany(a => a.Sentences).ToList();
        var sentenceScores = Labels.Select(l => Count(l, sentences.Select(s => (s.Sentence.Labels.Contains(l), s.Predicted.Contains(l))))).ToImmutableArray();
        var documentScores = Labels.Select(l => Count(l, articles.Select(a =>
            (a.Sentences.Any(s => s.Sentence.Labels.Contains(l)), a.Sentences.Any(s => s.Predicted.Contains(l)))))).ToImmutableArray();
        return new IpeEvalReport(
            articles.Count, sentences.Count, articles.Sum(a => a.Events), articles.Sum(a => a.PoliceEvents), articles.Sum(a => a.EventsOutsideSentences),
            sentenceScores, documentScores);
    }

    private static IpeLabelScore Count(IpeLabel label, IEnumerable<(bool Gold, bool Predicted)> items)
    {
        int gold = 0, predicted = 0, both = 0;
        foreach (var (g, p) in items)
        {
            gold += g ? 1 : 0;
            predicted += p ? 1 : 0;
            both += g && p ? 1 : 0;
        }

        return new IpeLabelScore(label, IsPredicted(label), gold, predicted, both);
    }
}
