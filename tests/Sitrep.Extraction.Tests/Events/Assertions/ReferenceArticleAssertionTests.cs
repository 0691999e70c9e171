using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Assertions;

/// <summary>
/// Issue 10 point 3 on the reference article: the asserter of each of its 16 coded events, checked by hand against the
/// text by <c>docs/assertion-guideline.md</c>.
/// </summary>
[Trait("Issue", "10")]
public sealed class ReferenceArticleAssertionTests
{
    private static readonly Lazy<Document> Article = new(() =>
        Default.Process(new Document("seed", File.ReadAllText(SharedData("seed", "reuters-2020-01-08-turkey-libya.txt")))));

    [Fact]
    public void EveryEvent_HasItsAsserter()
    {
        // Event (source>target:code) and asserter (kind, words, quote number in the quotes layer).
        string[] expected =
        [
            "TUR>LBY:072 reporter",                                      // "The planned arrival of Turkish military advisers to Libya …"
            "LBYGOV>TUR:020 reporter",                                   // "… responded to a request by Prime Minister Fayez al-Serraj's …"
            "TUR>LBYGOV:072 reporter",                                   // "Turkey has already provided drones …"
            "LBYMIL>LBYGOV:190 reporter",                                // "the offensive launched by Haftar forces nine months ago"
            "ARE>LBYMIL:070 anonymous officials",                        // "… in support of the … LNA …, officials say , diplomats and analysts."
            "LBYGOV>LBYMIL:112 speaker Fathi Bashagha q0 statement",     // inside Bashagha's quote, "said in a statement to Reuters"
            "LBYGOV>-:010 speaker Fathi Bashagha q0 statement",          // his statement itself
            "LBYMIL>-:150 reporter",                                     // "On Monday, the LNA advanced to Sirte"
            "->LBYGOV:190 reporter",                                     // "The GNA's drone fleet has also been depleted by attacks …"
            "SYRREB>-:010 anonymous A source at the Turkish-backed Free Syrian Army q2", // the source's statement
            "RUS>TUR:040 reporter",                                      // "whose presidents meet in Turkey on Wednesday"
            "TUR>RUS:040 reporter",
            "RUS>TUR:060 reporter",                                      // "They now co-operate in north-east Syria"
            "TUR>RUS:060 reporter",
            "TURGOV>RUS:062 reporter",                                   // "Ankara bought Russian missile defense systems last year"
            "TURGOV>LBYGOV:057 reporter",                                // "after signing military and maritime agreements with the GNA"
        ];
        var doc = Article.Value;
        var actual = doc.Events.Select(e => $"{e.Source?.Code.Value ?? "-"}>{e.Target?.Code.Value ?? "-"}:{e.Code} {Describe(doc, e.AssertedBy!)}").ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void QuotedEvents_PointAtTheirQuoteAndItsSpeakersWords()
    {
        var doc = Article.Value;
        foreach (var e in doc.Events.Where(e => e.AssertedBy!.Quote is not null))
        {
            var quote = doc.Quotes[e.AssertedBy!.Quote!.Value];
            Assert.Equal(quote.Speaker.Name, e.AssertedBy.Name);
            Assert.Equal(quote.Speaker.Span, e.AssertedBy.Span);
        }
    }

    private static string Describe(Document doc, Assertion a) => a.Kind == AssertionKind.Reporter ? "reporter"
        : $"{a.Kind.ToString().ToLowerInvariant()} {doc.TextOf(a.Span!.Value)}{(a.Quote is { } q ? $" q{q}" : string.Empty)}{(a.Medium is { } m ? $" {m}" : string.Empty)}";
}
