using System.Text.Json;
using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

public sealed class JsonlExporterTests
{
    private static async Task<List<JsonElement>> Export(params Document[] docs)
    {
        using var stream = new MemoryStream();
        await JsonlExporter.WriteAsync(docs.ToAsyncEnumerable(), stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public async Task WriteAsync_Document_ContractFieldsPresent()
    {
        var o = Assert.Single(await Export(SampleDocuments.Full()));

        Assert.Equal(
            ["id", "date", "dateline", "title", "url", "source", "text", "entities", "quotes", "alignments", "places", "events", "credits", "diagnostics"],
            o.EnumerateObject().Select(p => p.Name));
        Assert.Equal("doc-1", o.GetProperty("id").GetString());
        Assert.Equal("2020-01-08", o.GetProperty("date").GetString());
        Assert.Equal("CAIRO", o.GetProperty("dateline").GetString());
        var entity = o.GetProperty("entities")[1];
        Assert.Equal(["start", "end", "text", "type", "name", "role", "affiliation", "actor"], entity.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("PERSON", "Fathi Bashagha", "Interior Minister", "GNA"), (entity.GetProperty("type").GetString(), entity.GetProperty("name").GetString(), entity.GetProperty("role").GetString(), entity.GetProperty("affiliation").GetString()));
        var e = o.GetProperty("events")[0];
        Assert.Equal(
            ["source", "source_name", "target", "target_name", "cameo", "root", "quad", "goldstein", "plover", "date", "date_range", "place", "evidence", "trigger", "sentence", "confidence", "paired", "rule"],
            e.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("TUR", "072", "07", 2, "AID", "2019-04"), (e.GetProperty("source").GetString(), e.GetProperty("cameo").GetString(), e.GetProperty("root").GetString(), e.GetProperty("quad").GetInt32(), e.GetProperty("plover").GetString(), e.GetProperty("date").GetString()));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
        Assert.Equal("Turkey sent drones", e.GetProperty("evidence").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("events")[1].GetProperty("plover").ValueKind);
        Assert.Equal((298795, "country"), (e.GetProperty("place").GetProperty("geonameid").GetInt32(), e.GetProperty("place").GetProperty("precision").GetString()));
        Assert.Equal(JsonValueKind.Null, o.GetProperty("events")[1].GetProperty("place").ValueKind);
        var unattributed = o.GetProperty("events")[2];
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "TUR"), (unattributed.GetProperty("source").ValueKind, unattributed.GetProperty("source_name").ValueKind, unattributed.GetProperty("target").GetString()));
        var quote = o.GetProperty("quotes")[0];
        Assert.Equal(["start", "end", "text", "kind", "speaker"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal(["name", "role", "anonymous", "start", "end"], quote.GetProperty("speaker").EnumerateObject().Select(p => p.Name));
        Assert.True(o.GetProperty("quotes")[1].GetProperty("speaker").GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("quotes")[1].GetProperty("speaker").GetProperty("start").ValueKind);
        Assert.Equal(["reporting", "writing", "editing", "additional_reporting", "people"], o.GetProperty("credits").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Jane Doe", o.GetProperty("credits").GetProperty("editing")[0].GetString());
        Assert.Equal("editor", o.GetProperty("credits").GetProperty("people")[1].GetProperty("role").GetString());
        var diagnostic = o.GetProperty("diagnostics")[0];
        Assert.Equal(["code", "severity", "stage", "message", "start", "end"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("SR1302", "warning"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task WriteAsync_NoMetadata_NullsNotMissing()
    {
        var o = Assert.Single(await Export(new Document("x", "plain")));

        Assert.Equal(JsonValueKind.Null, o.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("url").ValueKind);
        Assert.Equal(0, o.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public async Task WriteAsync_EverySpan_TextEqualsSubstring()
    {
        var o = Assert.Single(await Export(SampleDocuments.Full()));

        AssertSpansMatch(o);
    }

    [Fact]
    public void WriteAsync_RandomUnicodeSpans_TextEqualsUtf16Substring()
    {
        // Property (STYLE §5): whatever the text (astral characters, quotes, control chars), exported offsets index it in UTF-16.
        var gen = Gen.String[Gen.Char, 1, 80].SelectMany(text =>
            Gen.Int[0, text.Length].Array[2].Select(a => (text, Math.Min(a[0], a[1]), Math.Max(a[0], a[1]))));
        gen.Sample(t =>
        {
            var (text, start, end) = t;
            var doc = new Document("p", text)
            {
                Entities = [new Entity(0, EntityType.Place, "x", null, null, null)],
                Mentions = [new Mention(new TextSpan(start, end), 0, MentionKind.Name)],
            };
            var o = Export(doc).GetAwaiter().GetResult().Single();
            Assert.Equal(text, o.GetProperty("text").GetString());
            AssertSpansMatch(o);
        });
    }

    private static void AssertSpansMatch(JsonElement o)
    {
        var text = o.GetProperty("text").GetString()!;
        foreach (var array in new[] { "entities", "quotes" })
        {
            foreach (var e in o.GetProperty(array).EnumerateArray())
            {
                var start = e.GetProperty("start").GetInt32();
                var end = e.GetProperty("end").GetInt32();
                Assert.Equal(text.Substring(start, end - start), e.GetProperty("text").GetString());
            }
        }
    }
}
