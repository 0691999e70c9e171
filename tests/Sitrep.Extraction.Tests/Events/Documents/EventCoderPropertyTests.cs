using CsCheck;
using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>Property tests (issue 3): whatever the words, every event's evidence, source, trigger and target lie inside one sentence.</summary>
public sealed class EventCoderPropertyTests
{
    private static readonly string[] Words =
    [
        "Arnor", "Gondor", "Mordor", "Rohan", "King Elessar", "Mordor's army", "Gondorian", "attacked", "met", "visited", "sent",
        "troops", "drones", "to", "by", "was", "not", "could", "and", "with", ",", ".", "signed", "an agreement", "on Monday",
        "the", "offensive", "launched", "against", "They", "co-operate", "in", "support of", "accused", "of", "“", "”", "said",
        "which", "bought", "from", "last year", "nine months ago", "\n\n", "shelled", "has", "been", "criticized", "talks",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Words.Length - 1].Array[1, 60]
        .Select(ix => string.Join(' ', ix.Select(i => Words[i])));

    [Fact]
    public void EveryEventLiesInsideOneSentence() =>
        Texts.Sample(text => AssertInsideOneSentence(Code(text)), iter: 400);

    [Fact]
    public void FullPipeline_EveryEventLiesInsideOneSentence() =>
        Texts.Sample(text => AssertInsideOneSentence(Default.Process(new Document("p", text, new DocumentMetadata { Date = ArticleDate }))), iter: 100);

    // Found by CsCheck (seed 99ziTaQ4zjB1): a statement recast to its quote's speaker kept the evidence of the words
    // that first coded it, which did not reach the speaker.
    [Fact]
    public void FullPipeline_StatementRecastToItsSpeaker_EvidenceCoversTheSpeaker() =>
        AssertInsideOneSentence(Default.Process(new Document("p",
            "Gondor not last year said Mordor's army “ shelled and and Mordor's army accused troops Rohan Gondor sent Mordor's army support of offensive “ attacked has King Elessar talks bought shelled Gondor support of attacked was ” troops drones nine months ago sent . Gondor sent in troops has which from talks signed",
            new DocumentMetadata { Date = ArticleDate })));

    private static void AssertInsideOneSentence(Document doc)
    {
        foreach (var e in doc.Events)
        {
            var sentence = Assert.Single(doc.Sentences, s => s.Span.Contains(e.Evidence));
            Assert.Equal(sentence.Span, e.Sentence);
            Assert.True(e.Evidence.Contains(e.Trigger) && (e.Source is null || e.Evidence.Contains(e.Source.Span)), doc.Text);
            Assert.True(e.Target is null || e.Evidence.Contains(e.Target.Span), doc.Text);
            Assert.InRange(e.Confidence, 0.0, 1.0);
            Assert.True(e.Source is null || e.Source.Code != e.Target?.Code, doc.Text);
        }
    }
}
