using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Codebook;
using Sitrep.Extraction.Events.Documents;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>Our verb-pattern dictionary (issue 3 point 2) and its checks.</summary>
public sealed class EventDictionaryTests
{
    private static EventDictionary Ours => Catalog.EventDictionary();

    [Fact]
    public void CoversAllTwentyCameoRoots()
    {
        var roots = new HashSet<int>();
        foreach (var block in Ours.Lexicon.Blocks)
        {
            foreach (var code in block.Patterns.Select(p => p.Code).Append(block.Code).Concat(block.Verbs.Select(v => v.Code)))
            {
                if (PairedCode.TryParse(code, out var paired))
                {
                    roots.UnionWith(new[] { paired.Forward, paired.Reverse }.Where(c => c is not null).Select(c => c!.Value.RootNumber));
                }
            }
        }

        Assert.Equal(Enumerable.Range(1, 20), roots.Order());
    }

    [Fact]
    public void EveryCodeIsInTheCodebook()
    {
        foreach (var block in Ours.Lexicon.Blocks)
        {
            foreach (var pattern in block.Patterns)
            {
                Assert.True(PairedCode.TryParse(pattern.Code, out var code), pattern.Raw);
                Assert.True(code.Forward is null || Ours.Codebook.Contains(code.Forward.Value), $"line {pattern.Line}");
            }
        }
    }

    [Fact]
    public void HasPairedCodes() =>
        Assert.Contains(Ours.Lexicon.Blocks, b => PairedCode.TryParse(b.Code, out var c) && c.Reverse is not null);

    [Theory]
    [InlineData("--- ATTACK [190] ---\nATTACK\n- * + [1999]", 3, "not in the CAMEO codebook")]
    [InlineData("--- ATTACK [190] ---\nATTACK\n- * &NOPE + [190]", 3, "synset '&NOPE'")]
    [InlineData("--- ATTACK [075A] ---\nATTACK", 1, "not a CAMEO event code")]
    public void Strict_BadCode_NamesFileAndLine(string text, int line, string message)
    {
        var lexicon = VerbDictionaryReader.Read("mine.txt", text.Split('\n'));
        var ex = Assert.Throws<DataFileException>(() => EventDictionary.FromLexicon("mine.txt", lexicon, Catalog.CameoCodebook(), strict: true));
        Assert.Contains($"mine.txt:{line}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_UsersCodes_NeverCode()
    {
        var lexicon = VerbDictionaryReader.Read("users.txt", ["--- ATTACK [075A] ---", "ATTACK", "- * + [190]"]);
        var dictionary = EventDictionary.FromLexicon("users.txt", lexicon, Catalog.CameoCodebook(), strict: false);
        var doc = new EventCoder(dictionary).Process(EventTestKit.Place("Mordor attacked Gondor. Mordor attacked."), CancellationToken.None);
        Assert.Equal("MOR>GON:190", EventTestKit.Dump(doc));
    }

    [Fact]
    public void Malformed_PatternLine_NamesFileAndLine()
    {
        var ex = Assert.Throws<TabariFormatException>(() => VerbDictionaryReader.Read("bad.txt", ["--- ATTACK [190] ---", "ATTACK", "- * + 190"]));
        Assert.StartsWith("bad.txt:3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PairedCode_Parses()
    {
        Assert.True(PairedCode.TryParse("042:043", out var pair));
        Assert.Equal(EventCode.Parse("042"), pair.Forward);
        Assert.Equal(EventCode.Parse("043"), pair.Reverse);
        Assert.True(PairedCode.TryParse(":173", out var reverseOnly));
        Assert.Null(reverseOnly.Forward);
        Assert.False(PairedCode.TryParse("075A", out _));
        Assert.False(PairedCode.TryParse("---", out _));
    }

    [Fact]
    public void Codebook_Stamp_IsVersioned() => Assert.StartsWith("cameo-codebook@v", Catalog.CameoCodebook().Stamp, StringComparison.Ordinal);
}
