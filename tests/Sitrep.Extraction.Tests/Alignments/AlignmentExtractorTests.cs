using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Tests;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Alignments;

public sealed class AlignmentExtractorTests
{
    private static Document Analyze(string text) =>
        Default.Process(new Document("t", text, new DocumentMetadata { Date = new DateOnly(2020, 1, 8) }));

    private static string Dump(Document doc) =>
        string.Join("; ", doc.Alignments.Select(a => $"{a.Backer}>{a.Backed}{(a.Opposes is { } o ? "!" + o : string.Empty)}"));

    [Theory]
    [InlineData("Norway backs Chile against Peru in the dispute.", "NOR>CHL!PER")]
    [InlineData("The talks involve Chile, which Norway supports.", "NOR>CHL")]
    [InlineData("Chile is backed by Norway.", "NOR>CHL")]
    [InlineData("Norwegian-backed Chilean rebels took the town.", "NOR>CHLREB")]
    [InlineData("Jets from Norway flew in support of Chile, and by weapons provided by Peru.", "NOR>CHL; PER>CHL")]
    public void Extract_Patterns(string text, string expected) => Assert.Equal(expected, Dump(Analyze(text)));

    // Issue 10: in a civil war the side a backing is against is of the backed side's own country; the backed side
    // itself, or a part or the whole of it, is no opposed side.
    [Theory]
    [Trait("Issue", "10")]
    [InlineData("Norway backs the Chilean government against Chilean rebels.", "NOR>CHLGOV!CHLREB")]
    [InlineData("Norway backs Chilean rebels against Chile.", "NOR>CHLREB")]
    [InlineData("Norway backs Chilean rebels against Norway.", "NOR>CHLREB")]
    public void Extract_Against_SameCountryOtherSide(string text, string expected) => Assert.Equal(expected, Dump(Analyze(text)));

    // Issue 10: constructions behind the wrong edges of the judged corpus sample (docs/relations.md).
    [Theory]
    [Trait("Issue", "10")]
    [InlineData("Chile and Peru, backed by Norway, opposed the tax.", "NOR>PER")] // reduced passive: the backer follows "by"
    [InlineData("Norway will back Chile in the vote.", "NOR>CHL")]
    [InlineData("Norway backs Chile.", "NOR>CHL")]
    [InlineData("Peru wants Norway to support Chile.", "NOR>CHL")]
    public void Extract_VerbReadings(string text, string expected) => Assert.Equal(expected, Dump(Analyze(text)));

    [Theory]
    [Trait("Issue", "10")]
    [InlineData("The minister flew back from Norway to Chile on Monday.")] // "back" an adverb
    [InlineData("Norway held back a number of vessels Chile had sought to release.")]
    [InlineData("The Norway arms scandal hurt Chile.")] // "arms" a noun
    [InlineData("Fraud in Norway funds in Chile rose.")]
    public void Extract_NounOrAdverbForms_NoRelation(string text) => Assert.Empty(Analyze(text).Alignments);

    [Theory]
    [InlineData("Norway and Chile met. Peru backs nobody.")]
    [InlineData("US support for the plan grew.")]
    [InlineData("Chile backs Chile's own army.")]
    public void Extract_NoRelation(string text) => Assert.Empty(Analyze(text).Alignments);

    [Fact]
    public void Extract_EvidenceInsideOneSentence()
    {
        var doc = Analyze("Norway backs Chile. Peru backs Bolivia against Chile.");
        Assert.All(doc.Alignments, a => Assert.Single(doc.Sentences, s => s.Span.Contains(a.Evidence)));
    }

    [Fact]
    [Trait("Issue", "10")]
    public void Extract_SentenceIsTheOneHoldingTheEvidence()
    {
        var doc = Analyze("Norway backs Chile. Peru backs Bolivia against Chile.");
        Assert.Equal(2, doc.Alignments.Length);
        Assert.All(doc.Alignments, a => Assert.Equal(doc.Sentences.Single(s => s.Span.Contains(a.Evidence)).Span, a.Sentence));
    }

    [Fact]
    public void Extract_ReferenceArticle_AllGoldBackingRelations()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var doc = Default.Process(new Document("seed", File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"))));
        foreach (var g in gold.RootElement.GetProperty("alignments").EnumerateArray())
        {
            if (!g.TryGetProperty("backer", out var backer))
            {
                continue;
            }

            var backed = g.GetProperty("backed").GetString()!.Split('|');
            Assert.Contains(doc.Alignments, a => a.Backer.Value.StartsWith(backer.GetString()!, StringComparison.Ordinal) && backed.Contains(a.Backed.Value));
        }
    }

    [Fact]
    [Trait("Issue", "10")]
    public void Extract_ReferenceArticle_GoldOpposedSides()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var doc = Default.Process(new Document("seed", File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"))));
        var opposes = gold.RootElement.GetProperty("alignments").EnumerateArray().Where(g => g.TryGetProperty("opposes", out _)).ToList();
        Assert.NotEmpty(opposes);
        foreach (var g in opposes)
        {
            var sides = g.GetProperty("opposes").EnumerateArray().Select(s => s.GetString()!.Split('|')).ToArray();
            Assert.Contains(doc.Alignments, a => a.Opposes is { } o
                && ((sides[0].Contains(a.Backed.Value) && sides[1].Contains(o.Value)) || (sides[1].Contains(a.Backed.Value) && sides[0].Contains(o.Value))));
        }
    }
}
