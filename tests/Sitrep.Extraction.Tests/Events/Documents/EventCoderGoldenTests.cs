using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Events.Documents.EventTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>Golden cases with fictional actors, one grammar feature each (issue 3 tests).</summary>
public sealed class EventCoderGoldenTests
{
    [Theory]
    [InlineData("Mordor attacked Gondor.", "MOR>GON:190")]
    [InlineData("Mordor has already shelled Gondor.", "MOR>GON:194")]
    [InlineData("Mordor launched an offensive against Gondor.", "MOR>GON:190")]
    [InlineData("Gondor provided drones to Arnor.", "GON>ARN:072")]
    [InlineData("Gondor sent troops to Arnor.", "GON>ARN:074")]
    [InlineData("Gondor criticized Mordor.", "GON>MOR:111")]
    [InlineData("Gondor imposed sanctions on Mordor.", "GON>MOR:163")]
    public void Active(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Theory]
    [InlineData("Gondor was attacked by Mordor.", "MOR>GON:190")]
    [InlineData("Gondor has been repeatedly shelled by Mordor.", "MOR>GON:194")]
    [InlineData("The offensive launched by Mordor nine months ago failed.", "MOR>-:190")]
    public void Passive(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Theory]
    [InlineData("Gondor's drone fleet has been depleted by attacks on airports.", "->GON:190")]
    [InlineData("Gondor's convoy was hit in an airstrike on Monday.", "->GON:195")]
    [InlineData("Gondor's convoy was hit by Mordor's artillery fire.", "MOR>GON:194")]
    [InlineData("Gondor's convoy was hit in Mordor attacks on Monday.", "MOR>GON:190")]
    [InlineData("Gondor's embassy was damaged in a car bombing.", "->GON:183")]
    public void PassiveHarm_PatientNamed_AuthorOnlyWhenTheSentenceNamesOne(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Theory]
    [InlineData("Gondor's economy was hit by sanctions.")]
    [InlineData("Gondor damaged its relations with Arnor.")]
    public void PassiveHarm_WithoutAnAttack_IsNotCoded(string text) => Assert.Equal(string.Empty, Dump(text));

    // Issue 8: a material-conflict act the text reports without its actor is coded without a source (ACLED's
    // unidentified actor); the ACLED step then keeps it only with a conflict cue or an armed victim.
    [Fact]
    [Trait("Issue", "8")]
    public void Passive_WithoutAgent_CodedWithoutSource() => Assert.Equal("->GON:190", Dump("Gondor was attacked on Monday."));

    // Issue 8: ", killing …" has the main clause's subject; the two clauses are one act.
    [Fact]
    [Trait("Issue", "8")]
    public void CommaParticiple_TakesTheMainSubject_OneEvent() =>
        Assert.Equal("MOR>GONMIL:190", Dump("Mordor shelled the town, wounding the Gondorian army."));

    [Theory]
    [InlineData("Arnor and Rohan attacked Mordor.", "ARN>MOR:190; ROH>MOR:190")]
    [InlineData("Mordor attacked Arnor and Rohan.", "MOR>ARN:190; MOR>ROH:190")]
    [InlineData("Arnor and Gondor met in Rohan.", "ARN>GON:040; GON>ARN:040")]
    [InlineData("Arnor and Gondor signed an agreement.", "ARN>GON:057; GON>ARN:057")]
    public void Compound(string text, string expected) => Assert.Equal(expected, Sorted(Dump(text)));

    [Theory]
    [InlineData("Mordor's army attacked Gondor.", "MORMIL>GON:190")]
    [InlineData("Gondor's offensive against Mordor stalled.", "GON>MOR:190")]
    [InlineData("Gondorian support for Arnor has grown.", "GON>ARN:070")]
    public void Possessive(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Theory]
    [InlineData("Gondor will not send troops to Arnor.")]
    [InlineData("Gondor did not attack Mordor.")]
    [InlineData("Gondor never met Arnor.")]
    public void Negation_IsNotCoded(string text)
    {
        Assert.Equal(string.Empty, Dump(text));
        Assert.Contains(Candidates(text), c => c.Mood == Extraction.Events.Documents.EventMood.Negated);
    }

    [Theory]
    [InlineData("Gondor could send troops to Arnor.")]
    [InlineData("Gondor has been thinking of sending troops to Arnor.")]
    [InlineData("Gondor plans to attack Mordor.")]
    [InlineData("If Mordor attacks Gondor, Arnor will help.")]
    public void Hypothetical_IsNotCoded(string text)
    {
        Assert.Equal(string.Empty, Dump(text));
        Assert.Contains(Candidates(text), c => c.Mood == Extraction.Events.Documents.EventMood.Hypothetical);
    }

    [Theory]
    [InlineData("King Elessar visited Arnor.", "GONGOV>ARN:042; ARN>GONGOV:043")]
    [InlineData("Arnor was visited by King Elessar.", "GONGOV>ARN:042; ARN>GONGOV:043")]
    public void Paired(string text, string expected) => Assert.Equal(Sorted(expected), Sorted(Dump(text)));

    [Theory]
    [InlineData("On Monday, Mordor attacked Gondor.", "2020-01-06")]
    [InlineData("Mordor attacked Gondor nine months ago.", "2019-04")]
    [InlineData("Gondor signed an agreement with Arnor in November.", "2019-11")]
    [InlineData("Gondor bought drones from Arnor last year.", "2019")]
    [InlineData("Mordor attacked Gondor.", "2020-01-08")]
    public void Dated(string text, string expected)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal(expected, e.Date?.ToString());
    }

    [Fact]
    public void PluralPronoun_TakesTheLastCompound() =>
        Assert.Equal("ARN>GON:060; GON>ARN:060", Sorted(Dump("Arnor and Gondor were once enemies. They now co-operate in Rohan.")));

    [Fact]
    public void Evidence_CoversSourceTriggerAndTarget()
    {
        var doc = Code("Yesterday, in a surprise move, Mordor attacked Gondor with tanks.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Mordor attacked Gondor", doc.TextOf(e.Evidence));
        Assert.Equal("attacked", doc.TextOf(e.Trigger));
        Assert.NotNull(e.Source);
        Assert.Equal("Mordor", doc.TextOf(e.Source.Span));
        Assert.Equal(-10.0, e.Goldstein);
        Assert.Equal(PloverCategory.Assault, e.Plover);
        Assert.Equal(QuadClass.MaterialConflict, e.QuadClass);
    }

    [Fact]
    public void NoActor_NoEvent() => Assert.Equal(string.Empty, Dump("Soldiers attacked the village at dawn."));

    private static string Sorted(string dump) => string.Join("; ", dump.Split("; ", StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
