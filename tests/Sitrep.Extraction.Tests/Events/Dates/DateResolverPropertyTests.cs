using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Dates;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Properties of the resolver on arbitrary and on generated text (issue 3 point 4; STYLE 5).</summary>
public sealed class DateResolverPropertyTests
{
    private static readonly string[] Fragments =
    [
        "On Monday", "on Wednesday", "last Friday", "Sunday's", "since Tuesday", "yesterday", "overnight", "last night",
        "nine months ago", "3 days ago", "a year ago", "two weeks ago", "twenty-one years ago", "a few days ago",
        "in November", "since September", "in late March", "last May", "last year", "last month", "last week",
        "this week", "earlier this year", "late last year", "earlier this month", "on Jan. 5", "on 29 February",
        "on Feb. 29", "between March and May", "from November to February", "in recent weeks",
        "the army", "advanced", "said", "may", "March", "May", "2019", ",", ".", "Libya", "in", "on", "since", "ago",
    ];

    private static readonly Gen<DateOnly> ArticleDates =
        Gen.Int[DateResolver.MinArticleDate.DayNumber, DateResolver.MaxArticleDate.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> Sentences = Gen.Int[0, Fragments.Length - 1].Array[1, 25]
        .Select(ix => string.Join(' ', ix.Select(i => Fragments[i])));

    [Fact]
    public void Resolve_ArbitraryText_NeverThrowsAndSpansLieInside() =>
        Gen.Select(Gen.OneOf(Gen.String, Sentences), ArticleDates, Gen.Enum<VerbTense>()).Sample((text, date, tense) =>
        {
            var found = DateResolver.Resolve(text, date, tense);
            var previousEnd = 0;
            foreach (var e in found)
            {
                Assert.True(e.Span.End <= text.Length && e.Span.Start >= previousEnd && !e.Span.IsEmpty, $"{e.Span} in {text.Length}");
                Assert.Equal(e.Start is null, e.End is null);
                Assert.True(e.Start is null || e.Start <= e.End);
                previousEnd = e.Span.End;
            }
        }, iter: 400);

    [Fact]
    public void Resolve_PastContextOrAgo_NeverAfterTheArticleDate() =>
        Gen.Select(Sentences, ArticleDates, Gen.OneOfConst(VerbTense.Past, VerbTense.Unknown)).Sample((text, date, tense) =>
        {
            foreach (var e in DateResolver.Resolve(text, date, tense))
            {
                if (e.Direction is TemporalDirection.Past or TemporalDirection.Contextual && e.End is { } end)
                {
                    Assert.True(end <= date, $"{e.Span.Of(text)} ({e.Rule}) ends {end} after {date}");
                }
            }
        }, iter: 1000);

    [Fact]
    public void Resolve_Scope_OnlyReadsInsideIt()
    {
        const string text = "Yesterday they met. On Monday they left.";
        var scope = new TextSpan(20, text.Length);
        var found = DateResolver.Resolve(text, scope, new DateOnly(2020, 1, 8), VerbTense.Past);
        Assert.Equal("On Monday", Assert.Single(found).Span.Of(text));
    }

    [Fact]
    public void Resolve_DateOutsideTheAcceptedRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateResolver.Resolve("yesterday", DateOnly.MinValue));
}
