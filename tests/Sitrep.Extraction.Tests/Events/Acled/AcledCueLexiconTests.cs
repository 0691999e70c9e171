using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Acled;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Acled;

/// <summary>The cue lexicon <c>data/events/acled-cues.txt</c> (issue 8 point 2).</summary>
[Trait("Issue", "8")]
public sealed class AcledCueLexiconTests
{
    private static readonly AcledCueLexicon Cues = Catalog.AcledCues();

    private static string[] Upper(string text) => text.ToUpperInvariant().Split(' ');

    [Fact]
    public void Find_LongestPhraseFirst()
    {
        var hit = Assert.Single(Cues.Find(Upper("a suicide car bomb exploded")), h => h.Cues.Any(c => c.Label == CaseLabel.SUIC_BOMB));
        Assert.Equal(1, hit.First);
        Assert.Equal(3, hit.Last);
    }

    [Theory]
    [InlineData("police fired tear gas", CaseLabel.PROTEST_WITH_INTER)]
    [InlineData("warplanes struck the town", CaseLabel.AIR_STRIKE)]
    [InlineData("a roadside bomb hit the convoy", CaseLabel.REM_EXPLOS)]
    [InlineData("rebels recaptured the town", CaseLabel.GOV_REGAINS_TERIT)]
    [InlineData("the group claimed responsibility", CaseLabel.ATTRIB)]
    public void Find_DefiningWords_PointToTheirLabel(string text, CaseLabel label) =>
        Assert.Contains(Cues.Find(Upper(text)), h => h.Cues.Any(c => c.Label == label));

    [Fact]
    public void Load_BadWeight_ErrorNamesLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cues-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# acled-cues v1: test\ngrenade\tGRENADE\t7\tanchor\n");
        try
        {
            var error = Assert.Throws<DataFileException>(() => AcledCueLexicon.Load(DataCatalog.Parse(path)));
            Assert.Contains(":2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_UnknownLabel_Error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cues-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# acled-cues v1: test\ngrenade\tBOMBING\t2\tanchor\n");
        try
        {
            Assert.Throws<DataFileException>(() => AcledCueLexicon.Load(DataCatalog.Parse(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
