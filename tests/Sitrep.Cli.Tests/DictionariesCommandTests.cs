using Sitrep.Cli.Commands;
using Sitrep.Extraction.Data;

namespace Sitrep.Cli.Tests;

public sealed class DictionariesCommandTests
{
    [Fact]
    public async Task GenerateAsync_Check_CommittedFileUpToDate()
    {
        using var output = new StringWriter();
        var exit = await DictionariesCommand.GenerateAsync(DataCatalog.Discover(AppContext.BaseDirectory), checkOnly: true, output, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Contains("up to date", output.ToString(), StringComparison.Ordinal);
    }
}
