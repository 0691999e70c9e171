using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Tests.Dictionaries;

public sealed class ActorDictionaryReaderTests
{
    private static readonly string[] Sample =
    [
        "<!-- test actors -->",
        "ARNOR_  [ARN]",
        "+ARNORIAN # a demonym",
        "PRESIDENT_OF_GONDOR",
        "\t[GONGOV 19950601 - 19990815]",
        "\t[GONREB > 990816]",
        "\t[GON < 950601]",
        "BOROMIR [---]",
    ];

    [Fact]
    public void Read_RootAndSynonym_ShareCodes()
    {
        var entry = ActorDictionaryReader.Read("t.txt", Sample)[0];
        Assert.Equal(["ARNOR_", "ARNORIAN"], entry.Phrases.Select(p => p.ToString()));
        Assert.Equal("ARN", entry.Codes.Single().Code.Value);
    }

    [Theory]
    [InlineData("1995-05-31", "GON")]
    [InlineData("1995-06-01", "GONGOV")]
    [InlineData("1999-08-15", "GONGOV")]
    [InlineData("1999-08-16", "GONREB")]
    [InlineData("2020-01-08", "GONREB")]
    public void CodeOn_DatedCodes_DependOnArticleDate(string date, string expected)
    {
        var entry = ActorDictionaryReader.Read("t.txt", Sample)[1];
        Assert.Equal(expected, entry.CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.Code.Value);
    }

    [Fact]
    public void Read_NullActor_IsNull() => Assert.True(ActorDictionaryReader.Read("t.txt", Sample)[2].Codes.Single().Code.IsNull);

    [Fact]
    public void Read_PhraseWords_SplitOnUnderscoreAndSpace()
    {
        var entries = ActorDictionaryReader.Read("t.txt", ["PRESIDENT HOSNI_MURBARAK [EGYGOV]", "ARGENTIN [ARG]"]);
        Assert.Equal(["PRESIDENT", "HOSNI", "MURBARAK"], entries[0].Phrases[0].Words.ToArray());
        Assert.False(entries[1].Phrases[0].ExactLast);
    }

    [Theory]
    [InlineData("+ORPHAN", 1, "before any actor phrase")]
    [InlineData("GONDOR [GON", 1, "bracketed code")]
    [InlineData("GONDOR [GON] junk", 1, "bracketed code")]
    [InlineData("GONDOR [GO-N]", 1, "not an actor code")]
    [InlineData("GONDOR\n\t[GONGOV 1995x]", 2, "date restriction")]
    [InlineData("GONDOR\n\t[GONGOV 990101-950101]", 2, "ends before it starts")]
    public void Read_MalformedLine_NamesFileAndLine(string text, int line, string problem)
    {
        var ex = Assert.Throws<TabariFormatException>(() => ActorDictionaryReader.Read("bad.actors.txt", text.Split('\n')));
        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"bad.actors.txt:{line}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralGroupsAndCompoundCodes()
    {
        var entry = ActorDictionaryReader.Read("t.txt", ["ELROND_AND_GALADRIEL [ELR/GAL]", "\t[ELF 820101-911231] [ELI]"]).Single();
        Assert.Equal(["ELR", "GAL"], entry.Codes[0].Codes.Select(c => c.Value));
        Assert.Equal(3, entry.Codes.Length);
        Assert.Equal("ELF", entry.CodeOn(new DateOnly(1990, 1, 1))!.Code.Value);
        Assert.Equal("ELR", entry.CodeOn(new DateOnly(2001, 1, 1))!.Code.Value); // the first undated code is the default
    }

    [Fact]
    public void Read_Lenient_RecordsProblemAndKeepsTheRest()
    {
        var problems = new List<TabariFormatException>();
        var entries = ActorDictionaryReader.Read("t.txt", ["ROHAN [ROH]", "\t[ROHGOV 9008223-911221]", "GONDOR [GON]"], problems);
        Assert.Equal(2, entries.Length);
        Assert.Equal(2, problems.Single().Line);
    }

    [Fact]
    public void Read_PhraseLongerThanTheMatcherHolds_IsAProblemOfItsLine_AndTheRestIsKept()
    {
        var longPhrase = string.Join('_', Enumerable.Range(1, 17).Select(i => $"W{i}")) + " [ROH]";
        var problems = new List<TabariFormatException>();
        var entries = ActorDictionaryReader.Read("t.txt", ["GONDOR [GON]", longPhrase, "ROHAN [ROH]"], problems);
        Assert.Equal(["GONDOR", "ROHAN"], entries.Select(e => e.Phrases[0].Words[0]));
        Assert.Equal(2, problems.Single().Line);
        Assert.Contains("17 words", problems.Single().Message, StringComparison.Ordinal);
        Assert.Throws<TabariFormatException>(() => ActorDictionaryReader.Read("t.txt", [longPhrase]));
    }

    [Fact]
    public void Read_ControlCharacters_AreTolerated() =>
        Assert.Equal("ROHAN", ActorDictionaryReader.Read("t.txt", ["\u001aROHAN [ROH]"])[0].Phrases[0].Words[0]);
}
