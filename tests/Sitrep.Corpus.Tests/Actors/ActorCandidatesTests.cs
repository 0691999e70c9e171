using Sitrep.Core.Model;
using Sitrep.Corpus.Actors;

namespace Sitrep.Corpus.Tests.Actors;

/// <summary>Issue 10 point 4: a document's people and organisations with their aliases, codes and event counts.</summary>
[Trait("Issue", "10")]
public sealed class ActorCandidatesTests
{
    private const string Text = "Field Marshal Khalifa Haftar leads the Libyan National Army (LNA). Haftar said the LNA would fight. Cairo is calm.";

    private static Document Sample()
    {
        TextSpan Find(string s, int from = 0) => new(Text.IndexOf(s, from, StringComparison.Ordinal), Text.IndexOf(s, from, StringComparison.Ordinal) + s.Length);
        var haftar = Find("Field Marshal Khalifa Haftar");
        var lna = Find("Libyan National Army");
        var haftar2 = Find("Haftar", haftar.End);
        var lna2 = Find("LNA", haftar2.End);
        var actor = new EventActor(ActorCode.Parse("LBYMIL"), "Khalifa Haftar", haftar2, 0);
        var army = new EventActor(ActorCode.Parse("LBYMIL"), "Libyan National Army", lna2, 1);
        return new Document("d", Text)
        {
            Entities =
            [
                new Entity(0, EntityType.Person, "Khalifa Haftar", "Field Marshal", "LNA", null),
                new Entity(1, EntityType.Org, "Libyan National Army", null, null, "LNA"),
                new Entity(2, EntityType.Place, "Cairo", null, null, null),
            ],
            Mentions =
            [
                new Mention(haftar, 0, MentionKind.Name),
                new Mention(lna, 1, MentionKind.Name),
                new Mention(haftar2, 0, MentionKind.Name),
                new Mention(lna2, 1, MentionKind.Alias),
            ],
            Actors = [new ActorAssignment(0, ActorCode.Parse("LBYMIL"), "dictionary", "x"), new ActorAssignment(1, ActorCode.Parse("LBYMIL"), "dictionary", "x")],
            Events = [new DocumentEvent(actor, army, EventCode.Parse("010"), 0, default, haftar2, haftar2, haftar2, null, 1, "r", false)],
        };
    }

    [Fact]
    public void Of_PeopleAndOrganisations_OnlyThose()
    {
        var candidates = ActorCandidates.Of(Sample(), PersonTitles.Default);

        Assert.Equal([0, 1], candidates.Select(c => c.EntityId));
    }

    [Fact]
    public void Of_Person_NameTitlesStrippedAndSurnameAlias()
    {
        var haftar = ActorCandidates.Of(Sample(), PersonTitles.Default)[0];

        Assert.Equal(("Khalifa Haftar", "haftar", "LBYMIL"), (haftar.Name, haftar.SurnameKey, haftar.Code?.Value));
        Assert.Equal(["Name Khalifa Haftar", "Surname Haftar"], haftar.Aliases.Select(a => $"{a.Kind} {a.Surface}"));
    }

    [Fact]
    public void Of_Organisation_AcronymFromTheDocumentsLink()
    {
        var army = ActorCandidates.Of(Sample(), PersonTitles.Default)[1];

        Assert.Equal("LNA", army.Acronym);
        Assert.Equal(["Name Libyan National Army", "Acronym LNA"], army.Aliases.Select(a => $"{a.Kind} {a.Surface}"));
    }

    [Fact]
    public void Of_Events_CountedPerSide()
    {
        var candidates = ActorCandidates.Of(Sample(), PersonTitles.Default);

        Assert.Equal([(1, 0), (0, 1)], candidates.Select(c => (c.EventsAsSource, c.EventsAsTarget)));
    }

    [Theory]
    [InlineData("LNA", "LNA")]
    [InlineData("U.N.", "UN")]
    [InlineData("Reuters", null)]
    [InlineData("A", null)]
    public void AcronymOf_WrittenAsAcronym(string text, string? expected) =>
        Assert.Equal(expected, ActorCandidates.AcronymOf(text));
}
