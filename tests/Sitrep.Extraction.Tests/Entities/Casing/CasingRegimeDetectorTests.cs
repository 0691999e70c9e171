using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities.Casing;
using Sitrep.Text;

namespace Sitrep.Extraction.Tests.Entities.Casing;

[Trait("Issue", "8")]
public class CasingRegimeDetectorTests
{
    private static readonly Pipeline Text = new PipelineBuilder().UseText().Build();

    private static CasingProfile Detect(string text)
    {
        var doc = Text.Process(new Document("t", text));
        return CasingRegimeDetector.Detect(doc.Text, doc.Tokens, doc.Sentences);
    }

    [Fact]
    public void Detect_NewsroomText_EverySentenceNormal()
    {
        var profile = Detect("Turkey has sent advisers to Libya. The GNA welcomed them on Monday, officials in Tripoli said.");
        Assert.All(profile.Sentences, r => Assert.Equal(CasingRegime.Normal, r));
        Assert.False(profile.IsCaseless);
        Assert.Equal(CasingRegime.Normal, profile.DocumentRegime);
    }

    [Fact]
    public void Detect_LowerCaseText_EverySentenceLower()
    {
        var profile = Detect("ahmedabad: the police fired in the air to disperse a mob near the station. the curfew was lifted on friday in most areas of the city.");
        Assert.Equal([CasingRegime.Lower, CasingRegime.Lower], profile.Sentences.ToArray());
        Assert.Equal(CasingRegime.Lower, profile.DocumentRegime);
        Assert.True(profile.IsCaseless);
    }

    [Fact]
    public void Detect_AllCapsSentenceInNewsroomText_OnlyThatSentenceUpper()
    {
        var profile = Detect("IRAN SAYS IT DOWNED U.S. JET OVER THE GULF. The Pentagon denied the report on Tuesday.");
        Assert.Equal([CasingRegime.Upper, CasingRegime.Normal], profile.Sentences.ToArray());
        Assert.Equal(CasingRegime.Normal, profile.DocumentRegime);
    }

    [Fact]
    public void Detect_SentenceCaseInDocumentThatNeverCapitalisesNames_Lower()
    {
        // Only the first letters are capitals: the writer does not capitalise names, so a name has no capital to read.
        var profile = Detect("Police fired in the air near godhra station on friday. A curfew was clamped in ahmedabad and vadodara after the attack. The army was called in to help the police.");
        Assert.All(profile.Sentences, r => Assert.Equal(CasingRegime.Lower, r));
    }

    [Fact]
    public void Detect_ShortSentenceWithoutCapitals_StaysNormal()
    {
        var profile = Detect("The talks in Geneva ended on Friday without a deal. \"and then?\" The envoy of the United Nations left.");
        Assert.All(profile.Sentences, r => Assert.Equal(CasingRegime.Normal, r));
    }

    [Fact]
    public void Detect_NewsroomCorpus_AlmostNoSentenceCaseless()
    {
        // Wikinews (CC BY 2.5) is edited newsroom text: at most one sentence in two hundred may look caseless (quoted
        // lower-case fragments, split errors), so the truecaser leaves newsroom text alone.
        var total = 0;
        var caseless = 0;
        foreach (var line in File.ReadLines(Sitrep.Tests.TestPaths.SharedData("news-corpus", "wikinews.jsonl")))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var profile = Detect(json.RootElement.GetProperty("text").GetString()!);
            total += profile.Sentences.Length;
            caseless += profile.Sentences.Count(r => r != CasingRegime.Normal);
        }

        Assert.True(total > 5000, $"{total} sentences read");
        Assert.True(caseless * 200 <= total, $"{caseless} of {total} sentences detected caseless");
    }
}
