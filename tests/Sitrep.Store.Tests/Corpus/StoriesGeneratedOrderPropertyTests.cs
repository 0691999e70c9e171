using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Corpus.Evaluation;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>
/// Issue 10 point 1 (Bars: "a property test that ingest order does not change the stories found"), on generated corpora:
/// an article with re-publications made by <see cref="RepublicationEdits"/> (paragraph dropped or added, words changed,
/// a day later, edits combined), an earnings note with a re-send, another company's note and the Fed's operation of the
/// next day with another amount (template stories), and an unrelated text; each corpus ingested in two random orders.
/// </summary>
[Trait("Issue", "10")]
public sealed class StoriesGeneratedOrderPropertyTests
{
    private const string FedMarch30 =
        "NEW YORK, March 30 - The Federal Reserve entered the U.S. Government securities market to arrange two billion dlrs of customer repurchase agreements, a Fed spokesman said.\n\n"
        + "Dealers said Federal funds were trading at 6-3/8 pct when the Fed began its temporary and indirect supply of reserves to the banking system.\n\nReuter";

    private const int Size = 11;

    [Fact]
    public void Save_GeneratedCorpusInAnyOrder_SameStories()
    {
        Gen.Select(Gen.Int, Gen.Int.Array[Size], Gen.Int.Array[Size]).Sample(
            (seed, first, second) =>
            {
                var documents = Build(seed);
                var (storiesA, _) = StoriesOrderPropertyTests.Ingest(Order(documents, first));
                var (storiesB, rebuiltB) = StoriesOrderPropertyTests.Ingest(Order(documents, second));
                Assert.Equal(StoriesOrderPropertyTests.Partition(storiesA), StoriesOrderPropertyTests.Partition(storiesB));
                Assert.Contains(StoriesOrderPropertyTests.Partition(storiesA).Split('\n'), story => story.Split(' ').Contains("a") && story.Split(' ').Contains("a3"));
                Assert.Equal(storiesB, rebuiltB);

                // Template stories stay apart whatever the order: no story holds two of them.
                foreach (var story in StoriesOrderPropertyTests.Partition(storiesA).Split('\n'))
                {
                    var members = story.Split(' ');
                    Assert.True(members.Count(m => m is "e1" or "e2") <= 1, story);
                    Assert.True(members.Count(m => m is "f30" or "f31") <= 1, story);
                    Assert.True(members.Count(m => m is "f30r" or "f31") <= 1, story);
                }
            },
            iter: 12);
    }

    private static Document[] Build(int seed)
    {
        var random = new Random(seed);
        var donor = StoryTexts.Updated;
        string Edit(string text) => random.Next(4) switch
        {
            0 => RepublicationEdits.DropParagraph(text, random) ?? text,
            1 => RepublicationEdits.AddParagraph(text, "The Libyan National Army said it would keep up its advance on the capital despite the Turkish deployment.", random),
            2 => RepublicationEdits.ChangeWords(text, donor, 1 + random.Next(3), random),
            _ => RepublicationEdits.DayLater(text),
        };

        var fed31 = FedMarch30.Replace("March 30", "March 31", StringComparison.Ordinal).Replace("two billion", "1.5 billion", StringComparison.Ordinal);
        Document[] documents =
        [
            StoryTexts.Doc("a", StoryTexts.Article),
            StoryTexts.Doc("a1", Edit(StoryTexts.Article), source: "AP"),
            StoryTexts.Doc("a2", Edit(Edit(StoryTexts.Article)), source: "AFP"),
            StoryTexts.Doc("a3", StoryTexts.Article, title: "Wire copy", source: "Xinhua"),
            StoryTexts.Doc("e1", StoryTexts.Earnings),
            StoryTexts.Doc("e1r", RepublicationEdits.ChangeWords(StoryTexts.Earnings, donor, 1, random), source: "Dow Jones"),
            StoryTexts.Doc("e2", StoryTexts.OtherEarnings),
            StoryTexts.Doc("f30", FedMarch30),
            StoryTexts.Doc("f31", fed31),
            StoryTexts.Doc("f30r", RepublicationEdits.DayLater(FedMarch30), source: "AP"), // a day later, the same amount
            StoryTexts.Doc("x", "Floods in the north of the country forced thousands from their homes on Tuesday, the civil defence agency said, as rivers burst their banks after a week of rain."),
        ];
        return documents;
    }

    private static Document[] Order(Document[] documents, int[] keys) =>
        documents.Zip(keys).OrderBy(x => x.Second).ThenBy(x => x.First.Id, StringComparer.Ordinal).Select(x => x.First).ToArray();
}
