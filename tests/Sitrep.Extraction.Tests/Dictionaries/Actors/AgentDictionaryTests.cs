using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;
using Sitrep.Extraction.Dictionaries.Tabari;
using static Sitrep.Extraction.Tests.Dictionaries.Actors.ActorFileTestKit;

namespace Sitrep.Extraction.Tests.Dictionaries.Actors;

public sealed class AgentDictionaryTests
{
    private static readonly AgentDictionary Agents = AgentDictionary.Build(AgentFileReader.Read(File(
        "agents.txt",
        "~GOV\tminister",
        "~GOV\tprime minister",
        "~GOV\tspokesman\tspokesmen",
        "~COP\tpolice\t-",
        "~GOV\tembassy",
        "IGO~\tinternational body\tinternational bodies")));

    [Theory]
    [InlineData("minister", "GOV", 1)]
    [InlineData("ministers", "GOV", 1)]
    [InlineData("prime ministers", "GOV", 2)]
    [InlineData("spokesmen", "GOV", 1)]
    [InlineData("embassies", "GOV", 1)]
    [InlineData("Police", "COP", 1)]
    public void Lookup_SingularAndPlural_Code(string phrase, string code, int length)
    {
        var match = Agents.Lookup(phrase)!;
        Assert.Equal((code, length), (match.Code.Value, match.Length));
    }

    [Fact]
    public void Lookup_NoPluralMarker_NoPlural() => Assert.Null(Agents.Lookup("polices"));

    [Theory]
    [InlineData("TUR", "minister", "TURGOV")]
    [InlineData("LBYGOV", "minister", "LBYGOV")]
    [InlineData("UNO", "international body", "IGOUNO")]
    public void ApplyTo_SuffixAndPrefix_Combine(string actor, string phrase, string expected) =>
        Assert.Equal(expected, Agents.Lookup(phrase)!.ApplyTo(ActorCode.Parse(actor)).Value);

    [Theory]
    [InlineData("GOV\tminister", "not an agent code")]
    [InlineData("~GOV~\tminister", "not an agent code")]
    [InlineData("~GOVX\tminister", "not an actor code")]
    [InlineData("~GOV\tminister | ministers", "one phrase")]
    public void Read_MalformedLine_ErrorNamesLine(string line, string problem)
    {
        var ex = Assert.Throws<DataFileException>(() => AgentFileReader.Read(File("agents.txt", "~MIL\tarmy", line)));
        Assert.Equal(3, ex.Line);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minister", "ministers")]
    [InlineData("embassy", "embassies")]
    [InlineData("day", "days")]
    [InlineData("witness", "witnesses")]
    [InlineData("armed group", "armed groups")]
    public void RegularPlural_Word_EnglishPlural(string singular, string plural) => Assert.Equal(plural, AgentFileReader.RegularPlural(singular));

    [Fact]
    public void FromTabari_Entries_Lookup()
    {
        string[] lines = ["MINISTER [~GOV]", "REBEL [~REB]"];
        var agents = AgentDictionary.FromTabari(AgentDictionaryReader.Read("a.txt", lines), "a.txt");
        Assert.Equal("REB", agents.Lookup("rebels")?.Code.Value);
    }
}
