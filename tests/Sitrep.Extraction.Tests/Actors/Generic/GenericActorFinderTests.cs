using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors.Generic;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Actors.Generic;

/// <summary>
/// Unnamed and generic actors (issue 8 point 1) over the shipped lexicon, with fictional named actors placed by hand
/// (Gondor, the Gondorian demonym, the Black Hand group), so the finder is tested alone.
/// </summary>
[Trait("Issue", "8")]
public sealed class GenericActorFinderTests
{
    private static readonly Lazy<Pipeline> TextOnly = new(() => new PipelineBuilder().UseText().Build());
    private static readonly GenericActorFinder Finder = new(Catalog.GenericActorLexicon());

    private static readonly (string Phrase, string Code, EntityType Type)[] Named =
    [
        ("Gondorian", "GON", EntityType.Nationality), ("gondorian", "GON", EntityType.Nationality), ("Gondor", "GON", EntityType.Place),
        ("Black Hand", "GONREB", EntityType.Org), ("Turkish", "TUR", EntityType.Nationality),
    ];

    private static Document Place(string text)
    {
        var doc = TextOnly.Value.Process(new Document("t", text, new DocumentMetadata { Date = new DateOnly(2020, 1, 8) }));
        var found = new List<(TextSpan Span, string Name, string Code, EntityType Type)>();
        var taken = new bool[text.Length];
        foreach (var (phrase, code, type) in Named)
        {
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(phrase)}", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                if (!taken.AsSpan(m.Index, m.Length).Contains(true))
                {
                    taken.AsSpan(m.Index, m.Length).Fill(true);
                    found.Add((new TextSpan(m.Index, m.Index + m.Length), phrase, code, type));
                }
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var entities = found.Select((f, i) => new Entity(i, f.Type, f.Name, null, null, null)).ToImmutableArray();
        var mentions = found.Select((f, i) => new Mention(f.Span, i, MentionKind.Name)).ToImmutableArray();
        var actors = found.Select((f, i) => new ActorAssignment(i, ActorCode.Parse(f.Code), "test", f.Name)).ToImmutableArray();
        return (doc with { Entities = entities, Mentions = mentions, Actors = actors }).WithLayer(LayerKind.Entities).WithLayer(LayerKind.Actors);
    }

    /// <summary><c>text:CODE:Category</c> per actor, joined by <c>; </c>.</summary>
    private static string Dump(string text)
    {
        var doc = Place(text);
        return string.Join("; ", Finder.Find(doc).Select(a => $"{doc.TextOf(a.Span)}:{a.Code}:{a.Category}"));
    }

    [Theory]
    [InlineData("Police arrested 12 protesters.", "Police:COP:StateForces; protesters:OPP:Protesters")]
    [InlineData("police lathicharged the mob near the station.", "police:COP:StateForces; mob:CVL:Rioters")]
    [InlineData("POLICE FIRED ON RIOTERS", "POLICE:COP:StateForces; RIOTERS:OPP:Rioters")]
    [InlineData("Unidentified armed men attacked the village.", "Unidentified armed men:UAF:PoliticalMilitia")]
    [InlineData("Hindu and Muslim mobs clashed in the old city.", "Hindu and Muslim mobs:CVL:Rioters")]
    [InlineData("Gunmen abducted two aid workers.", "Gunmen:UAF:PoliticalMilitia; aid workers:NGO:Civilians")]
    [InlineData("Security forces killed three militants.", "Security forces:COP:StateForces; militants:REB:RebelGroup")]
    [InlineData("Tribal militias raided the market.", "Tribal militias:UAF:IdentityMilitia")]
    [InlineData("Pro-government militiamen patrolled the town.", "Pro-government militiamen:UAF:PoliticalMilitia")]
    [InlineData("The army said civilians had fled.", "army:MIL:StateForces; civilians:CVL:Civilians")]
    public void Find_GenericPhrase_ActorWithAgentAndType(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Theory]
    [InlineData("Gondorian police arrested them.", "Gondorian police:GONCOP:StateForces")]
    [InlineData("gondorian troops crossed the river.", "gondorian troops:GONMIL:StateForces")]
    [InlineData("Suspected Black Hand fighters attacked the convoy.", "Suspected Black Hand fighters:GONREB:RebelGroup")]
    public void Find_CountryOrGroupBefore_JoinsTheActor(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Fact]
    public void Find_BackedModifier_NeverGivesItsCountry()
    {
        var doc = Place("Turkish-backed rebels attacked the positions.");
        var actor = Assert.Single(Finder.Find(doc));
        Assert.Equal("Turkish-backed rebels", doc.TextOf(actor.Span));
        Assert.Equal("REB", actor.Code.Value);
        Assert.Null(actor.Country);
        Assert.Contains("not the actor's country", actor.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He was taken to the police station.")]
    [InlineData("The Gondorian military advisers arrived.")]
    [InlineData("Civilian areas were hit.")]
    [InlineData("The army camp was closed.")]
    public void Find_HeadModifyingANoun_NoActor(string text) => Assert.Empty(Finder.Find(Place(text)));

    [Fact]
    public void Find_JointNoun_ExtendsThePhrase()
    {
        var doc = Place("Police personnel opened fire.");
        var actor = Assert.Single(Finder.Find(doc));
        Assert.Equal("Police personnel", doc.TextOf(actor.Span));
        Assert.Equal("Police", doc.TextOf(actor.Head));
    }

    [Fact]
    public void Find_RuleNamesTheLexiconLine() =>
        Assert.StartsWith("actors/generic.txt:", Assert.Single(Finder.Find(Place("Rioters torched a bus."))).Rule, StringComparison.Ordinal);
}
