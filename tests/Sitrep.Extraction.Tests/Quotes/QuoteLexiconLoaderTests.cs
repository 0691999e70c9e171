using Sitrep.Extraction.Data;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

public sealed class QuoteLexiconLoaderTests
{
    [Fact]
    public void QuoteLexicon_ShippedFiles_LoadWithStamps()
    {
        var lexicon = QuoteTestKit.Catalog.QuoteLexicon();
        Assert.Equal(CueClass.Say, lexicon.CueOf("Said"));
        Assert.Equal(CueClass.Tell, lexicon.CueOf("told"));
        Assert.Equal(SourceNounClass.Anonymous, lexicon.SourceNounOf("officials"));
        Assert.True(lexicon.IsTitle("Minister"));
        Assert.Contains(lexicon.SourcePhrases, p => p.SequenceEqual(["according", "to"]));
        Assert.Contains(lexicon.Stamps, s => s.StartsWith("quote-cues@v", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("said\tshout", "unknown class")]
    [InlineData("said", "expected 'word<TAB>class'")]
    [InlineData("said\tsay\nsaid\tsay", "duplicate cue")]
    public void QuoteLexicon_MalformedCueLine_ErrorNamesFileAndLine(string body, string problem)
    {
        var root = Directory.CreateTempSubdirectory("sitrep-quotes-");
        try
        {
            var lexicons = Directory.CreateDirectory(Path.Combine(root.FullName, "data", "lexicons"));
            File.WriteAllText(Path.Combine(root.FullName, "data", "README.md"), "test root");
            File.WriteAllText(Path.Combine(lexicons.FullName, "quote-cues.txt"), "# quote-cues v1: test\n" + body + "\n");
            File.WriteAllText(Path.Combine(lexicons.FullName, "quote-sources.txt"), "# quote-sources v1: test\nofficial\tanonymous\n");
            File.WriteAllText(Path.Combine(lexicons.FullName, "speaker-titles.txt"), "# speaker-titles v1: test\nminister\n");
            var ex = Assert.Throws<DataFileException>(() => new DataCatalog(root.FullName).QuoteLexicon());
            Assert.Contains("quote-cues.txt:", ex.Message, StringComparison.Ordinal);
            Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
