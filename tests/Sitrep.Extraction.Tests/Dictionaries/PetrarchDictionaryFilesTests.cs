using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Tests.Dictionaries;

/// <summary>Reads the real PETRARCH2 dictionary files in ../shared (never copied into the repo).</summary>
public sealed class PetrarchDictionaryFilesTests
{
    private static string Path(string name) => Sitrep.Tests.TestPaths.SharedData("petrarch-dictionaries", name);

    [Fact]
    public void Read_ValidationActors_AllEntries()
    {
        var problems = new List<TabariFormatException>();
        var entries = ActorDictionaryReader.Read("PETR.Validate.actors.txt", File.ReadLines(Path("PETR.Validate.actors.txt")), problems);
        Assert.True(problems.Count <= 1, string.Join("\n", problems.Select(p => p.Message)));
        Assert.InRange(entries.Length, 120, 140);
        Assert.Contains(entries, e => e.Codes.Count(c => c.From is not null || c.Until is not null) >= 3);
    }

    [Fact]
    public void Read_ValidationAgentsAndDiscards()
    {
        Assert.InRange(AgentDictionaryReader.Read("agents", File.ReadLines(Path("PETR.Validate.agents.txt"))).Length, 80, 95);
        var discards = DiscardDictionaryReader.Read("discards", File.ReadLines(Path("PETR.Validate.discards.txt")));
        Assert.Equal(4, discards.Count(d => d.WholeStory));
        Assert.Equal(5, discards.Count(d => !d.WholeStory));
    }

    [Theory]
    [InlineData("Phoenix.Countries.actors.txt", 15000)]
    [InlineData("Phoenix.International.actors.txt", 7000)]
    [InlineData("Phoenix.MilNonState.actors.txt", 900)]
    public void Read_PhoenixActors_ParseWithFewProblems(string file, int atLeast)
    {
        var problems = new List<TabariFormatException>();
        Assert.True(ActorDictionaryReader.Read(file, File.ReadLines(Path(file)), problems).Length >= atLeast);
        Assert.True(problems.Count < 20, string.Join("\n", problems.Select(p => p.Message)));
        Assert.All(problems, p => Assert.StartsWith(file + ":", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PhoenixAgents_ParseWithFewProblems()
    {
        var problems = new List<TabariFormatException>();
        Assert.True(AgentDictionaryReader.Read("Phoenix.agents.txt", File.ReadLines(Path("Phoenix.agents.txt")), problems).Length >= 2000);
        Assert.True(problems.Count < 10, string.Join("\n", problems.Select(p => p.Message)));
    }

    [Theory]
    [InlineData("PETR.Validate.verbs.txt", 261, 474, 17)]
    [InlineData("CAMEO.2.0.txt", 397, 4668, 40)]
    public void Read_VerbFiles_CountsMatchTheirReadme(string file, int blocks, int patterns, int synsets)
    {
        var problems = new List<TabariFormatException>();
        var lexicon = VerbDictionaryReader.Read(file, File.ReadLines(Path(file)), problems);
        Assert.True(problems.Count < 10, string.Join("\n", problems.Select(p => p.Message)));
        Assert.InRange(lexicon.Blocks.Length, blocks - 5, blocks + 5);
        Assert.InRange(lexicon.Blocks.Sum(b => b.Patterns.Length), patterns - 50, patterns + 50);
        Assert.InRange(lexicon.Synsets.Count, synsets - 2, synsets + 2);
    }
}
