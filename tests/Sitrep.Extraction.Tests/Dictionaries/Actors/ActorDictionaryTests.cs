using Sitrep.Core.Model;
using Sitrep.Extraction.Dictionaries.Actors;
using Sitrep.Extraction.Dictionaries.Tabari;
using static Sitrep.Extraction.Tests.Dictionaries.Actors.ActorFileTestKit;

namespace Sitrep.Extraction.Tests.Dictionaries.Actors;

/// <summary>Lookup logic on fictional actors (STYLE 5: coder-logic cases do not move with the real dictionaries).</summary>
public sealed class ActorDictionaryTests
{
    private static readonly ActorDictionary Fictional = ActorDictionary.Build(ActorFileReader.Read(File(
        "middle-earth.txt",
        "GON\tGondor | Gondorian",
        "GONGOV\tKing Elessar | Elessar | Aragorn\t3019-03-25\t",
        "GONREB\tAragorn | Strider\t\t3019-03-24\tranger before the crowning",
        "GONGOV\tMinas Tirith",
        "GONMIL\tGondor army | Army of Gondor | Gondor's army",
        "ARN\tArnor",
        "USA\t=US",
        "MED\tThe Red Book")));

    [Theory]
    [InlineData("3018-10-25", "GONREB")]
    [InlineData("3019-03-24", "GONREB")]
    [InlineData("3019-03-25", "GONGOV")]
    [InlineData("3100-01-01", "GONGOV")]
    public void Lookup_DatedCodes_DependOnDate(string date, string expected) =>
        Assert.Equal(expected, Fictional.Lookup("Aragorn", Date(date))?.Value);

    [Fact]
    public void Lookup_OnlyDatedCodeOutsideRange_Null() => Assert.Null(Fictional.Lookup("King Elessar", Date("3000-01-01")));

    [Fact]
    public void Match_LongestPhrase_Wins()
    {
        var match = Fictional.Match(Words("the Gondor army marched"), 1, Date("3019-01-01"))!;
        Assert.Equal(("GONMIL", 1, 2), (match.Code.Value, match.Start, match.Length));
    }

    [Fact]
    public void Match_LongerPhraseWithoutValidCode_FallsBackToShorter()
    {
        var match = Fictional.Match(Words("King Elessar"), 0, Date("3000-01-01"));
        Assert.Null(match);
        var gondor = Fictional.Match(Words("Gondor army"), 0, Date("3000-01-01"))!;
        Assert.Equal(2, gondor.Length);
    }

    [Theory]
    [InlineData("GONDOR")]
    [InlineData("gondorian")]
    [InlineData("GoNdOr")]
    public void Lookup_CaseInsensitive_Matches(string phrase) => Assert.Equal("GON", Fictional.Lookup(phrase, Date("3019-01-01"))?.Value);

    [Fact]
    public void Match_CaseSensitivePhrase_OnlyExactCase()
    {
        Assert.Equal("USA", Fictional.Lookup("US", Date("3019-01-01"))?.Value);
        Assert.Null(Fictional.Lookup("us", Date("3019-01-01")));
    }

    [Fact]
    public void Match_Possessive_SplitLikeTokenizer() =>
        Assert.Equal("GONMIL", Fictional.Match(["Gondor", "’s", "army"], 0, Date("3019-01-01"))?.Code.Value);

    [Fact]
    public void Match_Tokens_SameAsWords()
    {
        const string text = "Yesterday Army of Gondor troops entered Minas Tirith.";
        var tokens = new[] { (0, 9), (10, 14), (15, 17), (18, 24), (25, 31), (32, 39), (40, 45), (46, 52), (52, 53) }
            .Select(t => new Token(new TextSpan(t.Item1, t.Item2), TokenKind.Word)).ToArray();
        Assert.Equal(("GONMIL", 3), Fictional.Match(text, tokens, 1, Date("3019-01-01")) is { } m ? (m.Code.Value, m.Length) : default);
        Assert.Equal(("GONGOV", 2), Fictional.Match(text, tokens, 6, Date("3019-01-01")) is { } n ? (n.Code.Value, n.Length) : default);
    }

    [Fact]
    public void FindAll_Sentence_EveryActorOnce()
    {
        var matches = Fictional.FindAll(Words("Aragorn and the Army of Gondor left Minas Tirith for Arnor"), Date("3019-04-01"));
        Assert.Equal(["GONGOV", "GONMIL", "GONGOV", "ARN"], matches.Select(m => m.Code.Value));
    }

    [Fact]
    public void FromTabari_StemAndDatedCodes_Resolve()
    {
        string[] lines =
        [
            "ARNOR_  [ARN]",
            "+ARNORIAN",
            "GONDOR [GON]",
            "PRESIDENT_OF_GONDOR",
            "\t[GONGOV 19950601 - 19990815]",
            "\t[GONREB > 990816]",
        ];
        var dictionary = ActorDictionary.FromTabari(ActorDictionaryReader.Read("t.txt", lines), "t.txt");
        Assert.Equal("ARN", dictionary.Lookup("Arnorian", Date("2000-01-01"))?.Value);
        Assert.Equal("GON", dictionary.Lookup("Gondorians", Date("2000-01-01"))?.Value);
        Assert.Null(dictionary.Lookup("Arnors", Date("2000-01-01")));
        Assert.Equal("GONGOV", dictionary.Lookup("President of Gondor", Date("1997-01-01"))?.Value);
        Assert.Equal("GONREB", dictionary.Lookup("president of gondor", Date("2001-01-01"))?.Value);
    }
}
