using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Tests.Dictionaries;

public sealed class DictionaryPhraseTests
{
    [Fact]
    public void Parse_BlankAndUnderscore_RecordWhichJoinsAreOpen()
    {
        var phrase = DictionaryPhrase.Parse("RADAGAST THE_BROWN")!;
        Assert.Equal("RADAGAST THE BROWN", string.Join(' ', phrase.Words));
        Assert.True(phrase.HasOpenJoin);
        Assert.True(phrase.IsOpenAfter(0));
        Assert.False(phrase.IsOpenAfter(1));
        Assert.False(phrase.IsOpenAfter(2));
    }

    [Fact]
    public void Parse_OnlyUnderscores_HasNoOpenJoin()
    {
        var phrase = DictionaryPhrase.Parse("HAMAS_MILITARY_COMMAND_")!;
        Assert.False(phrase.HasOpenJoin);
        Assert.True(phrase.ExactLast);
        Assert.Equal("HAMAS_MILITARY_COMMAND_", phrase.ToString());
    }

    [Fact]
    public void Parse_RunOfBlanksAndTabs_IsOneOpenJoin()
    {
        var phrase = DictionaryPhrase.Parse("  ithilen \t television  ")!;
        Assert.Equal("ITHILEN TELEVISION", string.Join(' ', phrase.Words));
        Assert.True(phrase.IsOpenAfter(0));
    }
}
