using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>
/// Finds temporal expressions in text and places them on the calendar against the article date (issue 3 point 4).
/// The article date is always an argument, never the clock (STYLE A10). Pure functions (STYLE A5): the event coder
/// attaches the results. Expressions that cannot be placed ("in recent weeks", "Feb. 30") are returned without a date,
/// never guessed.
/// </summary>
/// <remarks>
/// Contextual expressions follow the tense of their verb: in past or unknown context "on Monday" is the latest Monday on or
/// before the article date and "in November" the latest November not after the article's month, and periods that
/// include the article date ("this week") end at it; in present or future context they are the article's own day or
/// month, or the next one. Explicit directions win over tense ("last Monday", "next week", "nine months ago").
/// Limits: only the first <see cref="MaxScopeLength"/> characters of a scope are read, and at most
/// <see cref="MaxExpressions"/> expressions are returned per scope.
/// </remarks>
public static class DateResolver
{
    /// <summary>Characters of one scope that are read; a sentence is far shorter, longer text is cut here.</summary>
    public const int MaxScopeLength = 10_000;

    /// <summary>Most expressions returned for one scope.</summary>
    public const int MaxExpressions = 64;

    /// <summary>Earliest article date accepted, so that arithmetic around it stays inside <see cref="DateOnly"/>.</summary>
    public static readonly DateOnly MinArticleDate = new(100, 1, 1);

    /// <summary>Latest article date accepted.</summary>
    public static readonly DateOnly MaxArticleDate = new(9899, 12, 31);

    private static readonly ImmutableArray<TemporalRule> Rules =
        [.. DayRules.All(), .. PeriodRules.All(), .. AgoRules.All(), .. RangeRules.All()];

    /// <summary>Resolves the expressions of the whole <paramref name="text"/>, all in one tense.</summary>
    /// <inheritdoc cref="Resolve(string, TextSpan, DateOnly, Func{TextSpan, VerbTense})"/>
    public static ImmutableArray<TemporalExpression> Resolve(string text, DateOnly articleDate, VerbTense tense = VerbTense.Unknown)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Resolve(text, new TextSpan(0, text.Length), articleDate, _ => tense);
    }

    /// <summary>Resolves the expressions inside <paramref name="scope"/> of <paramref name="text"/>, all in one tense.</summary>
    /// <inheritdoc cref="Resolve(string, TextSpan, DateOnly, Func{TextSpan, VerbTense})"/>
    public static ImmutableArray<TemporalExpression> Resolve(string text, TextSpan scope, DateOnly articleDate, VerbTense tense) =>
        Resolve(text, scope, articleDate, _ => tense);

    /// <summary>Resolves the expressions of one sentence of a document, with tenses from its syntax layer when present, else from its words.</summary>
    /// <param name="document">The document; its <see cref="Document.Syntax"/> is used when aligned with its tokens.</param>
    /// <param name="sentence">A sentence of <paramref name="document"/>.</param>
    /// <param name="articleDate">The article's publication date.</param>
    /// <returns>The expressions, ordered by position, with spans into <see cref="Document.Text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the sentence lies outside the text or the date is outside the accepted range.</exception>
    public static ImmutableArray<TemporalExpression> Resolve(Document document, Sentence sentence, DateOnly articleDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Resolve(document.Text, sentence.Span, articleDate, span => TenseEstimator.Estimate(document, sentence, span));
    }

    /// <summary>Resolves the expressions inside <paramref name="scope"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text; returned spans index it.</param>
    /// <param name="scope">The part to read, usually one sentence.</param>
    /// <param name="articleDate">The article's publication date, between <see cref="MinArticleDate"/> and <see cref="MaxArticleDate"/>.</param>
    /// <param name="tenseOf">The tense of the verb governing the expression at a span.</param>
    /// <returns>Non-overlapping expressions ordered by position; where two overlap, the longer one.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> or <paramref name="tenseOf"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="scope"/> reaches past the text or the date is outside the accepted range.</exception>
    public static ImmutableArray<TemporalExpression> Resolve(string text, TextSpan scope, DateOnly articleDate, Func<TextSpan, VerbTense> tenseOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tenseOf);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scope.End, text.Length, nameof(scope));
        ArgumentOutOfRangeException.ThrowIfLessThan(articleDate, MinArticleDate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(articleDate, MaxArticleDate);

        var length = Math.Min(scope.Length, MaxScopeLength);
        var candidates = new List<(TextSpan Span, int Order, string Rule, Placement Placement)>();
        for (var order = 0; order < Rules.Length; order++)
        {
            var rule = Rules[order];
            for (var m = rule.Pattern.Match(text, scope.Start, length); m.Success && candidates.Count < MaxExpressions * 8; m = m.NextMatch())
            {
                var span = TextSpan.FromLength(m.Index, m.Length);
                var placement = rule.Place(m, new RuleContext(articleDate, tenseOf(span)));
                if (placement.Accepted)
                {
                    candidates.Add((span, order, rule.Name, placement));
                }
            }
        }

        // Longest first, then leftmost, then rule order: "Jan. 5, 2020" beats "Jan. 5"; "since September" beats nothing shorter.
        candidates.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length - a.Span.Length
            : a.Span.Start != b.Span.Start ? a.Span.Start - b.Span.Start : a.Order - b.Order);
        var chosen = new List<TemporalExpression>();
        foreach (var (span, _, name, placement) in candidates)
        {
            if (chosen.Count < MaxExpressions && !chosen.Exists(c => c.Span.Overlaps(span)))
            {
                var range = placement.Range;
                chosen.Add(new TemporalExpression(span, name, placement.Direction, range?.Start, range?.End, range?.Precision));
            }
        }

        chosen.Sort((a, b) => a.Span.Start - b.Span.Start);
        return [.. chosen];
    }
}
