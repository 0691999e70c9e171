using Sitrep.Corpus.Events;

namespace Sitrep.Corpus.Tests.Events;

/// <summary>The re-publications the merge is measured on (issue 10 point 8), and how their repeated mentions pair up.</summary>
[Trait("Issue", "10")]
public sealed class RepublicationTests
{
    private const string Text = "Rebels said they took the town.\n\nThe army said it was a lie.\n\nMany people fled after the fighting.\n\nTalks are due.";

    [Fact]
    public void Of_AppliesTheIssuesEdits()
    {
        var (text, title, date) = Republication.Of(Text, "Rebels take town", new DateOnly(2020, 1, 8), seed: 3);
        Assert.Equal("UPDATE 1-Rebels take town", title);
        Assert.StartsWith(title + "\n\n", text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 9), date);
        var paragraphs = text.Split("\n\n");
        Assert.Equal(1 + 4 - 1, paragraphs.Length); // headline added, one paragraph after the first dropped
        Assert.Contains(paragraphs, p => p.StartsWith("Rebels", StringComparison.Ordinal));
        Assert.NotEqual(Text, string.Join("\n\n", paragraphs.Skip(1)));
    }

    [Fact]
    public void Of_SameSeed_SameCopy() =>
        Assert.Equal(Republication.Of(Text, null, null, 7), Republication.Of(Text, null, null, 7));

    [Fact]
    public void Pair_SameEvidenceInOrder_EachOnce() =>
        Assert.Equal([(0, 1), (1, 2)], RepeatedMentions.Pair(["a", "a", "b"], ["c", "a", "a"]));
}
