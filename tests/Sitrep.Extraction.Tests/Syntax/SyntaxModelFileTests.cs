using System.Diagnostics;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Tests.Entities;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Tests.Syntax;

public class SyntaxModelFileTests
{
    [Fact]
    public void SyntaxModel_CommittedModel_ReachesFloorOnEwtDevSlice()
    {
        var clock = Stopwatch.StartNew();
        var model = EntityTestKit.Catalog.SyntaxModel();
        var dev = EntityTestKit.SharedData("ud-english-ewt", "en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.Read(dev, File.ReadLines(dev)).Take(300).ToList();

        var scores = SyntaxEvaluator.Evaluate(model, sentences);

        Assert.True(scores.UPosAccuracy >= 0.90, $"UPOS {scores.UPosAccuracy:0.000}");
        Assert.True(scores.Uas >= 0.75, $"UAS {scores.Uas:0.000}");
        Assert.True(scores.Las >= 0.70, $"LAS {scores.Las:0.000}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void LoadFile_BadHeader_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-bad-{Guid.NewGuid():N}.bin");
        File.WriteAllText(path, "# not a model\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => SyntaxCatalogExtensions.LoadFile(path));

            Assert.Equal(path, ex.FilePath);
            Assert.Contains("not a Sitrep syntax model", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_TruncatedModel_FailsNamingTheFile()
    {
        var source = Path.Combine(EntityTestKit.Catalog.Root, DataCatalog.DataFolder, SyntaxCatalogExtensions.DefaultModel);
        var bytes = File.ReadAllBytes(source);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-cut-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        try
        {
            var ex = Assert.Throws<DataFileException>(() => SyntaxCatalogExtensions.LoadFile(path));

            Assert.StartsWith(path + ": corrupt or truncated", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_Missing_SaysHowToTrain()
    {
        var ex = Assert.Throws<DataFileException>(() => SyntaxCatalogExtensions.LoadFile("/nonexistent/syntax.bin"));

        Assert.Contains("sitrep train", ex.Message, StringComparison.Ordinal);
    }
}
