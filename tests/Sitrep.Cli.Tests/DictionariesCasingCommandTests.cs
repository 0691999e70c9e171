using Sitrep.Cli.Commands;
using Sitrep.Extraction.Data;
using Sitrep.Tests;

namespace Sitrep.Cli.Tests;

[Trait("Issue", "8")]
public sealed class DictionariesCasingCommandTests
{
    [Fact]
    public async Task BuildAsync_Check_CommittedTableIsAFreshBuildOfTheCorpus()
    {
        using var output = new StringWriter();
        var exit = await DictionariesCasingCommand.BuildAsync(DataCatalog.Discover(AppContext.BaseDirectory), new DirectoryInfo(TestPaths.SharedData("news-corpus")), checkOnly: true, output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("up to date", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_MissingCorpusFile_ExitsBadInput()
    {
        using var empty = new CliRun();
        using var output = new StringWriter();
        var exit = await DictionariesCasingCommand.BuildAsync(DataCatalog.Discover(AppContext.BaseDirectory), new DirectoryInfo(empty.Dir), checkOnly: true, output, CancellationToken.None);
        Assert.Equal(DictionariesCasingCommand.BadInput, exit);
        Assert.Contains("bbc-news.jsonl", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalNer_UnknownCase_ExitsBadInput()
    {
        using var run = new CliRun();
        var (exit, _, _) = await run.RunAsync("eval", "ner", "--gold", TestPaths.SharedData("ner-gold-dev.jsonl"), "--case", "sideways");
        Assert.NotEqual(0, exit);
    }
}
