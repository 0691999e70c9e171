using CsCheck;
using Sitrep.Core.Model;

namespace Sitrep.Text.Tests;

public sealed class TextPropertyTests
{
    // Text built from pieces that stress the rules: quotes, abbreviations, metadata-looking lines, odd Unicode.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Select(Gen.OneOfConst("U.N.", "Gen.", "“", "”", "\"", "’s", "3.5", "1,000", ". ", "? ", "\n", "\n\n", "advertisement\n",
            "date 2020-01-08 ", "CAIRO – ", "(Reporting by A B; Editing by C D)\n", "HEADING LINE\n", "word", "Name", " ", "—", "\r\n",
            "\ud83d\ude00", "\u0301", "al-", "…").Array[0, 60], parts => string.Concat(parts)));

    [Fact]
    public void Tokens_RebuildBodyText_WithOnlyWhitespaceBetween() =>
        Texts.Sample(text =>
        {
            var doc = TextTestKit.Run(text);
            foreach (var zone in doc.Zones.Where(z => z.Kind == ZoneKind.Body))
            {
                var pos = zone.Span.Start;
                foreach (var t in doc.Tokens.Where(t => zone.Span.Contains(t.Span)))
                {
                    Assert.True(t.Span.Start >= pos, "tokens overlap or are unsorted");
                    Assert.True(text.AsSpan(pos, t.Span.Start - pos).IsWhiteSpace(), "non-space text lost between tokens");
                    Assert.False(t.Span.IsEmpty);
                    pos = t.Span.End;
                }

                Assert.True(text.AsSpan(pos, zone.Span.End - pos).IsWhiteSpace());
            }

            Assert.All(doc.Tokens, t => Assert.Contains(doc.Zones, z => z.Kind == ZoneKind.Body && z.Span.Contains(t.Span)));
        }, iter: 2000);

    [Fact]
    public void Zones_InsideText_SortedAndDisjoint() =>
        Texts.Sample(text =>
        {
            var doc = TextTestKit.Run(text);
            var end = 0;
            foreach (var z in doc.Zones)
            {
                Assert.True(z.Span.Start >= end && z.Span.End <= text.Length);
                end = z.Span.End;
            }
        }, iter: 2000);

    [Fact]
    public void Sentences_CoverTokensInOrder_InsideOneParagraph() =>
        Texts.Sample(text =>
        {
            var doc = TextTestKit.Run(text);
            var next = 0;
            foreach (var s in doc.Sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.TokenCount > 0);
                next = s.EndToken;
                Assert.Contains(doc.Zones, z => z.Kind == ZoneKind.Body && z.Span.Contains(s.Span));
            }

            Assert.Equal(doc.Tokens.Length, next);
        }, iter: 2000);
}
