using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;

namespace Sitrep.Corpus.Tests.Relations;

[Trait("Issue", "10")]
public sealed class RelationEvidenceReaderTests
{
    private const string Text = "Fighting went on. Ankara backs the GNA against Haftar, officials said. Nothing else.";

    private static TextSpan Find(string s) => TextSpan.FromLength(Text.IndexOf(s, StringComparison.Ordinal), s.Length);

    [Fact]
    public void Read_OneReportPerAlignment_WithDateSourceAndSentence()
    {
        var doc = new Document("d1", Text, new DocumentMetadata { Date = new DateOnly(2020, 1, 8), Source = "Reuters" })
        {
            Alignments = [new Alignment(ActorCode.Parse("TURGOV"), ActorCode.Parse("LBYGOV"), ActorCode.Parse("LBYMIL"), Find("Ankara backs the GNA against Haftar"), Find("Ankara backs the GNA against Haftar, officials said."), "verb")],
        };

        var report = Assert.Single(RelationEvidenceReader.Read(doc));

        Assert.Equal("TURGOV -> LBYGOV (against LBYMIL)", report.Edge.ToString());
        Assert.Equal(("d1", new DateOnly(2020, 1, 8), "Reuters", "verb"), (report.DocumentId, report.Date!.Value, report.Source, report.Rule));
        Assert.Equal("Ankara backs the GNA against Haftar, officials said.", report.SentenceText);
        Assert.Equal("Ankara backs the GNA against Haftar", report.EvidenceText);
    }

    [Fact]
    public void Read_NoAlignments_NoReports() => Assert.Empty(RelationEvidenceReader.Read(new Document("d1", Text)));
}
