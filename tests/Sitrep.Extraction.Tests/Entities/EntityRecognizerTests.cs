using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void Recognize_AffiliationTitleName_SplitsRoleAndAffiliation()
    {
        var doc = Run("The attack was condemned, GNA Interior Minister Fathi Bashagha said in a statement.");
        var p = Person(doc, "Fathi Bashagha");
        Assert.Equal("Interior Minister", p.Role);
        Assert.Equal("GNA", p.Affiliation);
    }

    [Theory]
    [InlineData("“It is a rebalancing,” said Arnaud Delalande, an independent defense adviser and Libyan expert.", "Arnaud Delalande", "independent defense adviser", null)]
    [InlineData("Russia wants a base, said Jalel Harchaoui, a research fellow at the Klingendael Institute in The Hague.", "Jalel Harchaoui", "research fellow", "Klingendael Institute")]
    [InlineData("“It is a stalemate,” said Sinan Ulgen, a former diplomat.", "Sinan Ulgen", "former diplomat", null)]
    public void Recognize_Appositive_SetsRoleAndAffiliation(string text, string name, string role, string? affiliation)
    {
        var p = Person(Run(text), name);
        Assert.Equal(role, p.Role);
        Assert.Equal(affiliation, p.Affiliation);
    }

    [Theory]
    [InlineData("Ankara backs the government against veteran commander Khalifa Haftar.", "Khalifa Haftar", "commander")]
    [InlineData("The gap was left under President Donald Trump last year.", "Donald Trump", "President")]
    [InlineData("The talks were led by Lt. Gen. Stephen Townsend on Monday.", "Stephen Townsend", "Lt. Gen.")]
    public void Recognize_TitleBeforeName_SetsRole(string text, string name, string role)
    {
        Assert.Equal(role, Person(Run(text), name).Role);
    }

    [Fact]
    public void Recognize_PossessiveWithAcronym_SetsAffiliationAndLinksAcronym()
    {
        var doc = Run("It answered a request by Prime Minister Fayez al-Serraj’s (GNA) National Accord Government. The GNA welcomed it.");
        var p = Person(doc, "Fayez al-Serraj");
        Assert.Equal("Prime Minister", p.Role);
        Assert.Equal("GNA", p.Affiliation);
        var gna = Mentions(doc).Where(m => m.Text == "GNA").ToList();
        Assert.Equal(2, gna.Count);
        Assert.All(gna, m => Assert.Equal("National Accord Government", m.Entity.Name));
        Assert.Equal("GNA", gna[0].Entity.Acronym);
        Assert.Equal(MentionKind.Alias, gna[0].Kind);
    }

    [Fact]
    public void Recognize_AcronymAfterLongForm_IsOneEntity()
    {
        var doc = Run("Air power came in support of the self-proclaimed Haftar National Army (LNA). On Monday, the LNA advanced to Sirte.");
        var lna = Mentions(doc).Where(m => m.Text is "LNA" or "Haftar National Army").Select(m => m.Entity).Distinct().ToList();
        var org = Assert.Single(lna);
        Assert.Equal(EntityType.Org, org.Type);
        Assert.Equal("Haftar National Army", org.Name);
        Assert.Equal("LNA", org.Acronym);
    }

    [Fact]
    public void Recognize_SurnameAlone_LinksToFullName()
    {
        var doc = Run("The fellow Jalel Harchaoui spoke first. Later, Harchaoui said the Europeans were left out.");
        var m = Mentions(doc).Single(x => x.Text == "Harchaoui");
        Assert.Equal("Jalel Harchaoui", m.Entity.Name);
        Assert.Equal(MentionKind.Name, m.Kind);
    }

    [Fact]
    public void Recognize_PronounAfterSpeakerSentence_LinksToSpeaker()
    {
        var doc = Run("Russia may want a naval base in Libya, said Jalel Harchaoui, a research fellow.\n\n“Russia has been presented with a golden opportunity,” he said.");
        var he = Mentions(doc).Single(x => x.Text == "he");
        Assert.Equal(MentionKind.Pronoun, he.Kind);
        Assert.Equal("Jalel Harchaoui", he.Entity.Name);
    }

    [Fact]
    [Trait("Issue", "9")]
    public void Recognize_PronounAfterTwoSpeakers_LinksToTheNearest()
    {
        // Issue 9 point 7: "X said … while Y wrote …. He tweeted" is Y, the speaker nearest the pronoun.
        var doc = Run("President Arvel Dunmore said the fire was a tragedy while Minister Belan Orrick wrote he had ordered checks. He tweeted, “I am sorry.”");
        Assert.Equal("Belan Orrick", Mentions(doc).Single(x => x.Text == "He").Entity.Name);
    }

    [Fact]
    public void Recognize_PronounInSameSentence_LinksToMostRecentPerson()
    {
        var doc = Run("It follows an escalation by Khalifa Haftar and his supporters.");
        Assert.Equal("Khalifa Haftar", Mentions(doc).Single(x => x.Text == "his").Entity.Name);
    }

    [Fact]
    public void Recognize_Nominal_LinksToPersonWithThatRole()
    {
        var doc = Run("Interior Minister Fathi Bashagha spoke on Monday. Officials said the minister would travel.");
        var m = Mentions(doc).Single(x => x.Text == "the minister");
        Assert.Equal(MentionKind.Nominal, m.Kind);
        Assert.Equal("Fathi Bashagha", m.Entity.Name);
    }

    [Theory]
    [InlineData("The planned arrival of Turkish military advisers was announced.", "Turkish", EntityType.Nationality)]
    [InlineData("Fighting has increased around Tripoli in recent weeks.", "Tripoli", EntityType.Place)]
    [InlineData("It followed a NATO-backed uprising.", "NATO", EntityType.Org)]
    [InlineData("Turkey has already provided drones and armored vehicles.", "armored vehicles", EntityType.Equipment)]
    [InlineData("Ankara bought Russian missile defense systems last year.", "missile defense systems", EntityType.Equipment)]
    [InlineData("Ankara bought the S-400 last year.", "S-400", EntityType.Equipment)]
    [InlineData("A source at the Free Syrian Army said so.", "Free Syrian Army", EntityType.Org)]
    [InlineData("He heads the Istanbul Center for Economics and Foreign Policy Studies.", "Istanbul Center for Economics and Foreign Policy Studies", EntityType.Org)]
    [InlineData("Troops moved into Ar Raqqah overnight.", "Ar Raqqah", EntityType.Place)]
    public void Recognize_Mention_HasType(string text, string mention, EntityType type)
    {
        var doc = Run(text);
        Assert.Contains(Mentions(doc), m => m.Text == mention && m.Entity.Type == type);
    }

    [Theory]
    [InlineData("But the fighting went on.")]
    [InlineData("On Monday, the talks resumed.")]
    [InlineData("Declaring victory was premature, they said, declaring nothing.")]
    public void Recognize_SentenceInitialCommonWord_IsNoEntity(string text)
    {
        Assert.Empty(Run(text).Mentions);
    }

    [Fact]
    public void Recognize_BlockingSystems_IsNoEquipment()
    {
        var doc = Run("It can bring air defense, which can be blocking systems.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Equipment);
    }

    [Fact]
    public void Recognize_CreditsLine_NoEntities()
    {
        // Issue 2: nothing of the credits inside any entity. Reporters and editors are metadata (Metadata.Credits,
        // exported as "credits"), not actors of the story.
        var doc = Run("CAIRO – Talks went on.\n\n(Additional reporting by Orhan Coskun in Ankara and Jonathan Spicer in Istanbul; Editing by Timothy Heritage)\n");
        var credits = doc.Zones.Single(z => z.Kind == ZoneKind.Credits).Span;
        Assert.DoesNotContain(doc.Mentions, m => credits.Overlaps(m.Span));
        Assert.Equal(["Orhan Coskun", "Jonathan Spicer"], doc.Metadata.Credits.Reporting.Select(p => p.Name));
    }

    [Fact]
    public void Recognize_Dateline_IsPlace()
    {
        var doc = Run("CAIRO – Talks went on in the capital.");
        Assert.Contains(Mentions(doc), m => m.Text == "CAIRO" && m.Entity.Type == EntityType.Place && m.Entity.Name == "Cairo");
    }

    [Fact]
    public void Recognize_NameAcrossParagraphs_IsNotJoined()
    {
        var doc = Run("He met Arnaud\n\nDelalande spoke later.");
        Assert.All(doc.Mentions, m => Assert.DoesNotContain('\n', doc.TextOf(m.Span)));
    }

    [Theory]
    [InlineData("Iraqi security forces retook the town.", "Iraqi security forces")]
    [InlineData("The United States condemns the attack.", "United States")]
    [InlineData("Aid came from the U.S.-led coalition.", "U.S.")]
    [InlineData("It followed Australia’s response to the crisis.", "Australia")]
    public void Recognize_StateAsActor_IsOrg(string text, string mention)
    {
        Assert.Contains(Mentions(Run(text)), m => m.Text == mention && m.Entity.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Strikes hit targets in Syria and Iraq.", "Syria")]
    [InlineData("Four strikes landed near Husaybah and Karabilah.", "Karabilah")]
    [InlineData("He was from Woodbridge, Virginia, the release said.", "Woodbridge, Virginia")]
    [InlineData("He lives in Istanbul, Turkey, now.", "Istanbul, Turkey")]
    [InlineData("The site lies at 33°47′N 44°30′E in the desert.", "33°47′N 44°30′E")]
    [InlineData("Troops cleared an ISIL-held building.", "ISIL-held building")]
    public void Recognize_Location_IsPlace(string text, string mention)
    {
        Assert.Contains(Mentions(Run(text)), m => m.Text == mention && m.Entity.Type == EntityType.Place);
    }

    [Fact]
    public void Recognize_CountryThenForeignCity_NotMerged()
    {
        // "In Libya, Ankara's latest game": a country is never followed by what contains it.
        var mentions = Mentions(Run("“In Libya, Ankara’s latest game will not help,” he said.")).Select(m => m.Text).ToList();
        Assert.Contains("Libya", mentions);
        Assert.Contains("Ankara", mentions);
        Assert.DoesNotContain("Libya, Ankara", mentions);
    }

    [Fact]
    public void Recognize_BareTitle_IsNominalPerson()
    {
        var doc = Run("Foreign Secretary Philip Hammond arrived. The Foreign Secretary met the envoy.");
        var m = Mentions(doc).Single(x => x.Text == "Foreign Secretary" && x.Kind == MentionKind.Nominal);
        Assert.Equal("Philip Hammond", m.Entity.Name);
    }

    [Fact]
    public void Recognize_EnglishWordAfterName_IsNoParticle()
    {
        var doc = Run("He visited Uzbekistan as Minister for Central Asia last week.");
        Assert.Contains(Mentions(doc), m => m.Text == "Uzbekistan" && m.Entity.Type == EntityType.Place);
    }
}

