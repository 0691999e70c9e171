using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Tests.Dictionaries;

public sealed class AgentDictionaryReaderTests
{
    [Fact]
    public void Read_NoBraces_AddsRegularPlural()
    {
        var entry = AgentDictionaryReader.Read("a.txt", ["MILITIA [~MIL]"]).Single();
        Assert.Equal(["MILITIA", "MILITIAS"], entry.Phrases.Select(p => p.ToString()));
        Assert.Equal("MIL", entry.Code);
        Assert.False(entry.IsPrefix);
    }

    [Fact]
    public void Read_EmptyBraces_NoPlural() =>
        Assert.Equal(["MEDIA"], AgentDictionaryReader.Read("a.txt", ["MEDIA {} [~MED]"]).Single().Phrases.Select(p => p.ToString()));

    [Fact]
    public void Read_ExplicitPlural_Kept() =>
        Assert.Equal(["ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"], AgentDictionaryReader.Read("a.txt", ["ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]"]).Single().Phrases.Select(p => p.ToString()));

    [Fact]
    public void Read_SubstitutionSet_Expands()
    {
        var entry = AgentDictionaryReader.Read("a.txt", ["!PERSON! = MAN, MEN", "CONGRESS!PERSON! [~LEG]"]).Single();
        Assert.Equal(["CONGRESSMAN", "CONGRESSMEN"], entry.Phrases.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_PhraseLongerThanTheMatcherHolds_NamesItsLine()
    {
        var longPhrase = string.Join('_', Enumerable.Range(1, 17).Select(i => $"W{i}")) + " [~GOV]";
        var error = Assert.Throws<TabariFormatException>(() => AgentDictionaryReader.Read("a.txt", ["MILITIA [~MIL]", longPhrase]));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_PrefixCode_Marked() => Assert.True(AgentDictionaryReader.Read("a.txt", ["UN_AGENCY [IGO~]"]).Single().IsPrefix);

    [Theory]
    [InlineData("FARMER", "needs a code")]
    [InlineData("FARMER [AGR]", "exactly one '~'")]
    [InlineData("FARMER [~AG-R]", "only letters and digits")]
    [InlineData("CATTLE!NOPE! [~AGR]", "used before it is defined")]
    public void Read_MalformedLine_NamesFileAndLine(string text, string problem)
    {
        var ex = Assert.Throws<TabariFormatException>(() => AgentDictionaryReader.Read("bad.agents.txt", ["# header", text]));
        Assert.StartsWith("bad.agents.txt:2:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscardReader_PlusMarksStoryDiscard()
    {
        var entries = DiscardDictionaryReader.Read("d.txt", ["+TYPHOON # storm", "YEARS LATER"]);
        Assert.True(entries[0].WholeStory);
        Assert.False(entries[1].WholeStory);
        Assert.Equal(["YEARS", "LATER"], entries[1].Phrase.Words.ToArray());
    }
}
