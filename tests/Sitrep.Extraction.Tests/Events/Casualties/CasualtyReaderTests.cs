using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Casualties;
using static Sitrep.Extraction.Tests.Events.Casualties.CasualtyRendering;

namespace Sitrep.Extraction.Tests.Events.Casualties;

/// <summary>The constructions that state how many were killed and injured (issue 8 point 3), in any letter case.</summary>
[Trait("Issue", "8")]
public sealed class CasualtyReaderTests
{
    /// <summary>Sentence and expected rendering (<c>K</c> killed, <c>I</c> injured, <c>~</c> vague), in text order.</summary>
    public static TheoryData<string, string> Constructions => new()
    {
        // Object of a killing verb, numerals and number words.
        { "The US warplanes pounded the village, killing 6 civilians, including 2 women", "K=6" },
        { "police opened fire killing two rioters", "K=2" },
        { "Gunmen killed 1,200 villagers.", "K=1200" },
        { "The blast killed twenty-one people.", "K=21" },
        { "The blast killed twenty one people.", "K=21" },
        { "The raid killed two hundred and fifty fighters.", "K=250" },
        { "The bombing killed a dozen people.", "K=12" },
        { "The bombing killed two dozen people.", "K=24" },
        { "The bombing killed half a dozen soldiers.", "K=6" },
        { "The flood of fire killed a hundred villagers.", "K=100" },
        { "Militants killed 219 suspected Oromo Liberation Army (OLA) rebels.", "K=219" },
        { "Security forces killed at least 10 people.", "K=10" },
        { "The bomb killed more than 20 people.", "K=20" },
        { "The strike killed over a dozen soldiers.", "K=12" },
        { "Troops killed the four special forces members.", "K=4" },

        // Subject of a passive, an intransitive or an adjective.
        { "6 civilians were killed.", "K=6" },
        { "At least 12 dead in blast", "K=12" },
        { "More than 20 people died in the clashes.", "K=20" },
        { "Up to 30 people were killed.", "K=30~" },
        { "The blast left 12 dead.", "K=12" },
        { "Boko Haram attacked three villages, leaving 30 people dead and 20 wounded.", "K=30 I=20" },
        { "Two men were shot dead.", "K=2" },
        { "Police shot dead two men.", "K=2" },
        { "Two were stabbed fatally in the market.", "K=2" },
        { "A woman was hacked to death by a mob.", "K=1" },
        { "The mob beat two men to death.", "K=2" },
        { "Several innocent people were burnt alive by the miscreants.", "K=10~" },
        { "Two men were sentenced to death.", "" },
        { "At least five people, including three women, lost their lives.", "K=5" },
        { "58 people sacrificed their lives.", "K=58" },
        { "Four of the assailants were killed, police said.", "K=4" },
        { "Six rangers in the national park, famous for its gorillas, were killed on Sunday.", "K=6" },
        { "Four Facilities Protection Service (FPS) personnel were killed.", "K=4" },
        { "He was killed in the attack.", "K=1" },

        // One person.
        { "Gunmen killed a policeman.", "K=1" },
        { "A man was killed.", "K=1" },
        { "A 35-year-old man was killed.", "K=1" },
        { "A 35 year old man was killed.", "K=1" },
        { "Policeman killed in blast", "K=1" },
        { "One of the attackers was killed.", "K=1" },
        { "One killed, three injured in clash", "K=1 I=3" },

        // Sums and parts.
        { "He killed himself and three others.", "K=4" },
        { "6 soldiers and 3 civilians were killed.", "K=9" },
        { "Three soldiers, two policemen and a civilian were killed.", "K=6" },
        { "Dozens of soldiers and a general have been killed.", "K=13~" },
        { "At least 14 persons, including seven children, were injured.", "I=14" },
        { "At least four persons, including the policeman were seriously injured.", "I=4" },
        { "The bomb killed two soldiers and three civilians were injured.", "K=2 I=3" },

        // Killed and injured together.
        { "The bomb killed two and wounded five.", "K=2 I=5" },
        { "Six people were killed and two others heavily injured.", "K=6 I=2" },
        { "A civilian was killed and three others were wounded.", "K=1 I=3" },
        { "The attack killed dozens of people and wounded many others.", "K=12~ I=10~" },
        { "Scores of terrorists were killed and injured.", "" },

        // Nobody.
        { "No one was killed in the attack.", "K=0" },
        { "There were no casualties.", "K=0 I=0" },
        { "No casualties were reported till late evening.", "K=0 I=0" },
        { "Police said no one was hurt.", "I=0" },
        { "The mob did not kill anyone.", "K=0" },
        { "Not a single person was killed.", "K=0" },
        { "There was no loss of life.", "K=0" },
        { "There were no further casualties.", "" },

        // Ranges and conflicting figures: the lower one.
        { "10 to 15 people were killed.", "K=10" },
        { "Between 5 and 8 people died.", "K=5" },
        { "Two or three soldiers were wounded.", "I=2" },
        { "10-15 people were killed.", "K=10" },

        // Death tolls, lives, bodies, deaths.
        { "The death toll rose to 25.", "K=25" },
        { "The death toll rose from 243 to 271.", "K=271" },
        { "The death toll had hit the 350 mark.", "K=350" },
        { "The attack claimed the lives of 5 soldiers.", "K=5" },
        { "The clashes claimed over 250 lives.", "K=250" },
        { "12 bodies were found in the river.", "K=12" },
        { "Ten bodies were recovered from a well.", "K=10" },
        { "Several other bodies are holding meetings.", "" },
        { "The police confirmed 486 deaths.", "K=486" },
        { "The riots led to the death of over 200 people.", "K=200" },

        // Injuries.
        { "The explosion injured 12 people.", "I=12" },
        { "12 people were wounded.", "I=12" },
        { "Three policemen were hurt.", "I=3" },
        { "Two students sustained injuries.", "I=2" },
        { "Three persons received serious burn injuries.", "I=3" },
        { "The grenade exploded, causing injuries to 8 pedestrians.", "I=8" },
        { "820 persons with serious injuries were admitted.", "I=820" },
        { "100-odd people were injured.", "I=100" },

        // Vague quantities by convention.
        { "Dozens of people were killed.", "K=12~" },
        { "Several protesters were injured.", "I=10~" },
        { "Hundreds died.", "K=100~" },
        { "Thousands were killed.", "K=1000~" },
        { "Scores of people were injured.", "I=20~" },
        { "Many farmers were killed.", "K=10~" },
        { "A few soldiers were wounded.", "I=3~" },
        { "Soldiers were killed in the ambush.", "K=10~" },
        { "An unspecified number of others were wounded.", "I=10~" },

        // Numbers that count no one, and deaths that did not happen.
        { "The Senate killed 3 bills.", "" },
        { "There were 12 dead trees.", "" },
        { "The government lost rs 300 crore in the 1969 riots.", "" },
        { "The bomb could kill thousands.", "" },
        { "They threatened to kill 10 hostages.", "" },
        { "Two men were not killed.", "" },
        { "If 10 people die, the strike will go on.", "" },
        { "Thirty per cent of the wounded were soldiers.", "" },
        { "Hardly any muslim had died in the riots.", "" },

        // Found on real text: agents, parts, lists, names, nominal deaths.
        { "Officers attacked and injured a peaceful student demonstration.", "" },
        { "Dozens of demonstrators killed last month were mourned.", "K=12~" },
        { "Violence left 20 people injured, including five seriously wounded.", "I=20" },
        { "The riots led to hundreds of innocent deaths.", "K=100~" },
        { "Both Krishna and Ayodhya died on the spot.", "K=2" },
        { "He condemned the death of both Hindus and Muslims.", "" },
        { "More than 3,000 men, women, children died.", "K=3000" },
        { "The bomb killed at least four commandos, officials said.", "K=4" },
        { "Police watched a mob lynch two persons.", "K=2" },
        { "He was accused in the murder of journalist Daniel Pearl.", "K=1" },
        { "More than 120 badly charred bodies remained unclaimed.", "K=120" },
        { "A body was found near the river.", "K=1" },
        { "Two persons were feared killed.", "K=2" },
        { "Two persons were stabbed; one of whom later succumbed to injuries.", "K=1" },
        { "The toll in the communal violence has climbed sharply to 430.", "K=430" },
        { "The overall toll touched the 544-mark, excluding the 58 persons killed in Godhra.", "K=544 K=58" },
        { "A schoolboy and watchman of a private school sustained injuries.", "I=2" },
        { "A man and a woman were found slumped dead in a car.", "K=2" },

        // Conventions of docs/fatalities.md.
        { "None of the passengers were injured.", "I=0" },
        { "Nobody was hurt.", "I=0" },
        { "There were no further deaths.", "" },
        { "They condemned the killings of kar sevaks.", "" },
        { "At least 10 may have been killed.", "" },
        { "Two men are believed to have been killed.", "K=2" },
        { "Five villagers are feared to be dead.", "K=5" },
        { "The clash left 12 dead soldiers.", "K=12" },
        { "Police said 3 injured persons were taken to hospital.", "I=3" },
        { "The war killed 1.5 million people.", "K=1500000" },
        { "The famine killed 1,00,000 people.", "K=100000" },
        { "Another 22 people were injured.", "I=22" },
        { "Some 40 people were killed.", "K=40" },
        { "As many as 28 people died.", "K=28" },
        { "No fewer than 5 people were killed.", "K=5" },
        { "The body of a boy was found in a well.", "K=1" },
        { "The police found 30 dead cows.", "" },
        { "The blast killed 5 people at 9 pm on 12 March.", "K=5" },
        { "There were 2 casualties.", "" },

        // Headlines in capitals and lower-case text.
        { "SIX KILLED IN BOMB BLAST", "K=6" },
        { "BLAST KILLS 12 IN KABUL", "K=12" },
        { "two die in riots in vadodara", "K=2" },
        { "fifty-seven people were killed.", "K=57" },
        { "three people were torched to death in maninagar area", "K=3" },
    };

    [Theory]
    [MemberData(nameof(Constructions))]
    public void Read_Construction_StatesCounts(string text, string expected) => Assert.Equal(expected, Render(text));

    [Theory]
    [MemberData(nameof(Constructions))]
    public void Read_LowerCaseOrCapitals_SameCounts(string text, string expected)
    {
        Assert.Equal(expected, Render(text.ToLowerInvariant()));
        Assert.Equal(expected, Render(text.ToUpperInvariant()));
    }

    [Fact]
    public void Read_Statement_SpansTheCountAndTheAnchor()
    {
        const string text = "The US warplanes pounded the village, killing 6 civilians, including 2 women";
        var s = Assert.Single(CasualtyReader.Read(text));
        Assert.Equal("killing 6 civilians", s.Count.Span.Of(text));
        Assert.Equal("killing", s.Anchor.Of(text));
        Assert.Equal("object:number", s.Count.Rule);
        Assert.False(s.Count.Vague);
    }

    [Fact]
    public void Read_VagueQuantity_NamesItsConvention()
    {
        var s = Assert.Single(CasualtyReader.Read("Dozens of people were killed."));
        Assert.Equal("subject:vague:dozens=12", s.Count.Rule);
        Assert.True(s.Count.Vague);
    }

    [Fact]
    public void Read_Zero_IsNotVague()
    {
        var s = Assert.Single(CasualtyReader.Read("No one was killed."));
        Assert.Equal(0, s.Count.Count);
        Assert.False(s.Count.Vague);
        Assert.Equal("zero", s.Count.Rule);
    }

    [Fact]
    public void Read_Span_OnlyReadsInsideItWithRawOffsets()
    {
        const string text = "Three soldiers were killed. Later, two protesters were injured.";
        var scope = new TextSpan(28, text.Length);
        var s = Assert.Single(CasualtyReader.Read(text, scope));
        Assert.Equal(CasualtyKind.Injured, s.Kind);
        Assert.Equal("two protesters were injured", s.Count.Span.Of(text));
        Assert.Equal("injured", s.Anchor.Of(text));
    }

    [Fact]
    public void Read_SpanPastTheText_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CasualtyReader.Read("killed 3", new TextSpan(0, 20)));

    [Theory]
    [InlineData("killing kills one crore and")]
    [InlineData("two hundred and")]
    [InlineData("killed a hundred and")]
    public void Read_NumberEndingInAnd_DoesNotThrow(string text) => Assert.NotNull(Render(text));

    [Fact]
    public void Read_NoCasualtyWord_ReturnsEmpty() => Assert.Empty(CasualtyReader.Read("The minister met 12 ambassadors on Monday."));
}
