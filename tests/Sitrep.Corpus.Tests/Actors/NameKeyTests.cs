using Sitrep.Corpus.Actors;

namespace Sitrep.Corpus.Tests.Actors;

/// <summary>Issue 10 point 4: transliteration variants of one name share a key; different names do not.</summary>
[Trait("Issue", "10")]
public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Haftar", "Hifter")]
    [InlineData("Haftar", "Heftar")]
    [InlineData("Serraj", "Sarraj")]
    [InlineData("Serraj", "al-Sarraj")]
    [InlineData("Gaddafi", "Qaddafi")]
    [InlineData("Gaddafi", "Kadhafi")]
    [InlineData("Gadhafi", "Khadafy")]
    [InlineData("Erdogan", "Erdoğan")]
    [InlineData("Fayez al-Serraj", "Fayez al Sarraj")]
    [InlineData("Fayez al-Serraj", "Fayez Sarraj")]
    [InlineData("Abdallah", "Abdalla")]
    [InlineData("Mohammed", "Mohammad")]
    [InlineData("Abdelaziz", "Abdulaziz")]
    public void Matches_TransliterationVariants_True(string a, string b) =>
        Assert.True(NameKey.Matches(NameKey.Of(a), NameKey.Of(b)), $"{NameKey.Of(a)} / {NameKey.Of(b)}");

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Johnson", "Johnston")]
    [InlineData("Mahmoud", "Mohammed")]
    [InlineData("Bashagha", "Bashir")]
    [InlineData("Haftar", "Hafez")]
    [InlineData("Omar", "Amir")]
    [InlineData("BBC", "BCC")]
    [InlineData("SEC", "Sec")]
    [InlineData("ITT", "ATT")]
    public void Matches_DifferentNames_False(string a, string b) =>
        Assert.False(NameKey.Matches(NameKey.Of(a), NameKey.Of(b)), $"{NameKey.Of(a)} / {NameKey.Of(b)}");

    [Fact]
    public void Of_ArticleAttachedOrApart_Dropped() =>
        Assert.Equal(["saraj", "saraj", "saraj"], [NameKey.Of("al-Sarraj"), NameKey.Of("el-Sarraj"), NameKey.Of("Al Sarraj")]);

    [Fact]
    public void Of_WordInCapitals_AcronymLettersKept() =>
        Assert.Equal(["LNA", "US", "abkdaf"], [NameKey.Of("LNA"), NameKey.Of("U.S."), NameKey.Of("ABCDEF")]);

    [Fact]
    public void Spelling_LettersOnly_CaseAndDiacriticsFolded() =>
        Assert.Equal(["jpindustriesinc", "erdogan"], [NameKey.Spelling("J.P. Industries Inc."), NameKey.Spelling("Erdoğan")]);

    [Fact]
    public void Of_WordAlone_ArticleKept() =>
        Assert.Equal("al", NameKey.Of("Al"));

    [Fact]
    public void Of_NoLetters_Empty() =>
        Assert.Equal(string.Empty, NameKey.Of("--- 123"));

    [Fact]
    public void Matches_OneVowelEditOnAShortKey_False() =>
        Assert.False(NameKey.Matches("hasan", "husan"));

    [Fact]
    public void Matches_LongKeysWithDifferentConsonants_False() =>
        Assert.False(NameKey.Matches("abdalaziz", "abdalakiz"));

    [Fact]
    public void Skeleton_DropsVowelClasses() =>
        Assert.Equal("hftr", NameKey.Skeleton("haftar"));
}
