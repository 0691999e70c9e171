using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Casualties;

namespace Sitrep.Extraction.Tests.Events.Casualties;

/// <summary>Properties of the casualty reader on arbitrary and on generated text (issue 8 point 3; STYLE 5).</summary>
[Trait("Issue", "8")]
public sealed class CasualtyReaderPropertyTests
{
    private static readonly string[] Fragments =
    [
        "killed", "killing", "kills", "died", "dead", "death toll", "rose to", "wounded", "injured", "injuring", "hurt",
        "sustained injuries", "bodies", "were found", "lost their lives", "no one", "no casualties", "shot dead", "to death",
        "at least", "more than", "up to", "between", "and", "or", "to", ",", ".", ";", "(", ")", "including", "of the",
        "6", "1,200", "10-15", "1969", "six", "twenty-one", "a dozen", "dozens of", "several", "hundreds", "a", "the", "one",
        "civilians", "soldiers", "people", "a policeman", "himself", "others", "trees", "bills", "rs", "crore", "years old",
        "could", "not", "threatened", "were", "was", "have been", "police said", "KILLED", "DEAD", "’", "—", "\u0301", "😀",
    ];

    private static readonly Gen<string> Sentences = Gen.Int[0, Fragments.Length - 1].Array[1, 30]
        .Select(ix => string.Join(' ', ix.Select(i => Fragments[i])));

    private static readonly Gen<(string Text, TextSpan Span)> Scoped =
        Gen.OneOf(Gen.String, Sentences).SelectMany(text =>
            Gen.Int[0, text.Length].SelectMany(a => Gen.Int[0, text.Length].Select(b => (text, new TextSpan(Math.Min(a, b), Math.Max(a, b))))));

    [Fact]
    public void Read_ArbitraryText_NeverThrowsAndSpansLieInsideTheScope() =>
        Scoped.Sample(input =>
        {
            var (text, scope) = input;
            foreach (var s in CasualtyReader.Read(text, scope))
            {
                Assert.True(scope.Contains(s.Count.Span) && !s.Count.Span.IsEmpty, $"{s.Count.Span} outside {scope} in {text.Length}");
                Assert.True(s.Count.Span.Contains(s.Anchor) && !s.Anchor.IsEmpty, $"anchor {s.Anchor} outside {s.Count.Span}");
                Assert.InRange(s.Count.Count, 0, 10_000_000);
                Assert.False(string.IsNullOrEmpty(s.Count.Rule));
            }
        }, iter: 2000);

    [Fact]
    public void Read_GeneratedSentences_StatementsInTextOrderAndZeroNeverVague() =>
        Sentences.Sample(text =>
        {
            var previous = -1;
            foreach (var s in CasualtyReader.Read(text))
            {
                Assert.True(s.Anchor.Start >= previous, text);
                Assert.True(s.Count.Count > 0 || !s.Count.Vague, text);
                previous = s.Anchor.Start;
            }
        }, iter: 2000);

    [Fact]
    public void Read_AnyLetterCase_SameCounts() =>
        Sentences.Sample(text =>
            Assert.Equal(CasualtyRendering.Render(text), CasualtyRendering.Render(text.ToUpperInvariant())), iter: 1000);

    [Fact]
    public void Read_LongText_ReadsOnlyTheFirstScopeLength()
    {
        var text = string.Concat(Enumerable.Repeat("Two soldiers were killed. ", 2_000));
        var found = CasualtyReader.Read(text);
        Assert.InRange(found.Length, 1, CasualtyReader.MaxStatements);
        Assert.All(found, s => Assert.True(s.Count.Span.End <= CasualtyReader.MaxScopeLength));
    }
}
