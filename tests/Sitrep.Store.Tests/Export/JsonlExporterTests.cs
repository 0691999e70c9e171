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
            ["id", "date", "dateline", "title", "url", "source", "text", "entities", "quotes", "alignments", "generic_actors", "places", "events", "credits", "diagnostics"],
            o.EnumerateObject().Select(p => p.Name));
        Assert.Equal("doc-1", o.GetProperty("id").GetString());
        Assert.Equal("2020-01-08", o.GetProperty("date").GetString());
        Assert.Equal("CAIRO", o.GetProperty("dateline").GetString());
        var entity = o.GetProperty("entities")[1];
        Assert.Equal(["start", "end", "text", "type", "name", "role", "affiliation", "actor"], entity.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("PERSON", "Fathi Bashagha", "Interior Minister", "GNA"), (entity.GetProperty("type").GetString(), entity.GetProperty("name").GetString(), entity.GetProperty("role").GetString(), entity.GetProperty("affiliation").GetString()));
        var e = o.GetProperty("events")[0];
        Assert.Equal(
            ["source", "source_name", "target", "target_name", "cameo", "root", "quad", "goldstein", "plover", "date", "date_range", "place", "evidence", "trigger", "sentence", "confidence", "paired", "rule",
                "source_category", "source_generic", "source_rule", "target_category", "target_generic", "target_rule", "acled", "fatalities", "injuries", "asserted_by"],
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
        Assert.Equal(["start", "end", "text", "kind", "speaker", "medium"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal(("statement", JsonValueKind.Null), (quote.GetProperty("medium").GetString(), o.GetProperty("quotes")[1].GetProperty("medium").ValueKind));
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
    [Trait("Issue", "8")]
    public async Task WriteAsync_AcledEvent_AcledObjectWithDisplayNamesAndActorTypes()
    {
        var events = Assert.Single(await Export(SampleDocuments.Full())).GetProperty("events");

        var a = events[2].GetProperty("acled");
        Assert.Equal(
            ["event_type", "sub_event_type", "disorder_type", "case_label", "confidence", "reported", "rule", "actor_categories"],
            a.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Battles", "Armed clash", "Political violence", "ARMED_CLASH", 0.8), (a.GetProperty("event_type").GetString(), a.GetProperty("sub_event_type").GetString(), a.GetProperty("disorder_type").GetString(), a.GetProperty("case_label").GetString(), a.GetProperty("confidence").GetDouble()));
        Assert.Equal("acled-types.txt:30 190", a.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("actor_categories").GetProperty("source").ValueKind);
        Assert.Equal((7, "Civilians"), (a.GetProperty("actor_categories").GetProperty("target").GetProperty("inter").GetInt32(), a.GetProperty("actor_categories").GetProperty("target").GetProperty("name").GetString()));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task WriteAsync_CaseLabelOutsideAcled_SubEventNullAndActorTyping()
    {
        var e = Assert.Single(await Export(SampleDocuments.Full())).GetProperty("events")[1];

        var a = e.GetProperty("acled");
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, "DIPLO"), (a.GetProperty("event_type").ValueKind, a.GetProperty("sub_event_type").ValueKind, a.GetProperty("disorder_type").ValueKind, a.GetProperty("case_label").GetString()));
        Assert.Equal((1, "State forces"), (e.GetProperty("source_category").GetProperty("inter").GetInt32(), e.GetProperty("source_category").GetProperty("name").GetString()));
        Assert.True(e.GetProperty("source_generic").GetBoolean());
        Assert.Equal("generic: Interior Minister", e.GetProperty("source_rule").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.False, JsonValueKind.Null), (e.GetProperty("target_category").ValueKind, e.GetProperty("target_generic").ValueKind, e.GetProperty("target_rule").ValueKind));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task WriteAsync_UntypedEvent_AcledAndCasualtiesNull()
    {
        var e = Assert.Single(await Export(SampleDocuments.Full())).GetProperty("events")[0];

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (e.GetProperty("acled").ValueKind, e.GetProperty("fatalities").ValueKind, e.GetProperty("injuries").ValueKind));
        Assert.Equal((8, false), (e.GetProperty("source_category").GetProperty("inter").GetInt32(), e.GetProperty("source_generic").GetBoolean()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (e.GetProperty("target_category").ValueKind, e.GetProperty("target_generic").ValueKind));
    }

    [Fact]
    [Trait("Issue", "10")]
    public async Task WriteAsync_AssertedBy_KindNameActorSpanQuote()
    {
        var o = Assert.Single(await Export(SampleDocuments.Full()));
        var events = o.GetProperty("events");

        var speaker = events[0].GetProperty("asserted_by");
        Assert.Equal(["kind", "name", "actor", "span", "quote", "medium", "rule"], speaker.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("speaker", "Fathi Bashagha", "LBYGOV", 0, "statement", "quote"), (speaker.GetProperty("kind").GetString(), speaker.GetProperty("name").GetString(), speaker.GetProperty("actor").GetString(), speaker.GetProperty("quote").GetInt32(), speaker.GetProperty("medium").GetString(), speaker.GetProperty("rule").GetString()));
        var span = speaker.GetProperty("span");
        Assert.Equal("Fathi Bashagha", span.GetProperty("text").GetString());
        Assert.Equal("Fathi Bashagha", o.GetProperty("text").GetString()![span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        var reporter = events[1].GetProperty("asserted_by");
        Assert.Equal(("reporter", JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (reporter.GetProperty("kind").GetString(), reporter.GetProperty("name").ValueKind, reporter.GetProperty("actor").ValueKind, reporter.GetProperty("span").ValueKind, reporter.GetProperty("quote").ValueKind));
        Assert.Equal(("anonymous", "a source", 1), (events[2].GetProperty("asserted_by").GetProperty("kind").GetString(), events[2].GetProperty("asserted_by").GetProperty("name").GetString(), events[2].GetProperty("asserted_by").GetProperty("quote").GetInt32()));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task WriteAsync_Casualties_CountSpanVagueRule()
    {
        var o = Assert.Single(await Export(SampleDocuments.Full()));
        var e = o.GetProperty("events")[2];

        var f = e.GetProperty("fatalities");
        Assert.Equal(["count", "start", "end", "text", "vague", "rule"], f.EnumerateObject().Select(p => p.Name));
        Assert.Equal((6, "sent drones", false, "number+killed"), (f.GetProperty("count").GetInt32(), f.GetProperty("text").GetString(), f.GetProperty("vague").GetBoolean(), f.GetProperty("rule").GetString()));
        var text = o.GetProperty("text").GetString()!;
        Assert.Equal("sent drones", text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]);
        var i = e.GetProperty("injuries");
        Assert.Equal((12, true, "vague:dozens=12"), (i.GetProperty("count").GetInt32(), i.GetProperty("vague").GetBoolean(), i.GetProperty("rule").GetString()));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task WriteAsync_GenericActors_SpanHeadCodeCategoryNameCountry()
    {
        var o = Assert.Single(await Export(SampleDocuments.Full()));

        var g = Assert.Single(o.GetProperty("generic_actors").EnumerateArray());
        Assert.Equal(["start", "end", "text", "head", "code", "category", "name", "country", "rule"], g.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Interior Minister", "Minister", "GOV", "Government", "LBY"), (g.GetProperty("text").GetString(), g.GetProperty("head").GetProperty("text").GetString(), g.GetProperty("code").GetString(), g.GetProperty("name").GetString(), g.GetProperty("country").GetString()));
        Assert.Equal((1, "State forces"), (g.GetProperty("category").GetProperty("inter").GetInt32(), g.GetProperty("category").GetProperty("name").GetString()));
        Assert.Equal("generic-actors.txt:3 minister", g.GetProperty("rule").GetString());
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
        foreach (var array in new[] { "entities", "quotes", "generic_actors" })
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
