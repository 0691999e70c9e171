using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

public sealed class CsvExporterTests
{
    private static async Task<string> Export(ExportSubject subject)
    {
        using var writer = new StringWriter();
        await CsvExporter.WriteAsync(new[] { SampleDocuments.Full() }.ToAsyncEnumerable(), writer, subject, new FipsCountryCodes([("TR", "TU"), ("TUR", "TU")]));
        return writer.ToString();
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Escape_Field_Rfc4180(string? field, string expected) => Assert.Equal(expected, CsvExporter.Escape(field));

    [Fact]
    public async Task WriteAsync_Entities_HeaderAndOneRowPerMention()
    {
        var lines = (await Export(ExportSubject.Entities)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("document_id,start,end,text,type,name,role,affiliation", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains("doc-1,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",Fathi Bashagha,PERSON,Fathi Bashagha,Interior Minister,GNA", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Quotes_SpeakerColumns()
    {
        var lines = (await Export(ExportSubject.Quotes)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Contains("\"We need help,\",direct,Fathi Bashagha,Interior Minister,false", lines[1], StringComparison.Ordinal);
        Assert.Contains(",indirect,a source,,true,,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Documents_TextWithNewlinesQuoted()
    {
        var csv = await Export(ExportSubject.Documents);

        Assert.StartsWith("id,date,dateline,title,url,source,entities,quotes,diagnostics,text\r\ndoc-1,2020-01-08,CAIRO,", csv, StringComparison.Ordinal);
        Assert.Contains(",5,2,2,\"date 2020-01-08\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Events_GdeltColumns()
    {
        var lines = (await Export(ExportSubject.Events)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code"], header[..6]);
        var first = lines[1].Split(',');
        string Col(string name) => first[Array.IndexOf(header, name)];
        Assert.Equal(("20190401", "TUR", "TUR", "072", "07", "2", "8.3"), (Col("Day"), Col("Actor1Code"), Col("Actor1CountryCode"), Col("EventCode"), Col("EventRootCode"), Col("QuadClass"), Col("GoldsteinScale")));
        Assert.Equal(("", "AID", "Turkey sent drones"), (Col("Actor2Code"), Col("Plover"), Col("EvidenceText")));
        // GDELT's geographic country column is FIPS 10-4 (issue 10 point 7): Türkiye is TU, not ISO's TR.
        Assert.Equal(("1", "Türkiye", "TU", "298795", "country"), (Col("ActionGeo_Type"), Col("ActionGeo_FullName"), Col("ActionGeo_CountryCode"), Col("ActionGeo_FeatureID"), Col("ActionGeo_Precision")));
        var second = lines[2].Split(',');
        Assert.Equal(("LBYGOV", "LBY", "GOV", "0232", "023"), (second[Array.IndexOf(header, "Actor1Code")], second[Array.IndexOf(header, "Actor1CountryCode")], second[Array.IndexOf(header, "Actor1Type1Code")], second[Array.IndexOf(header, "EventCode")], second[Array.IndexOf(header, "EventBaseCode")]));

        // An event whose sentence does not say who acted: GDELT's empty Actor1 columns.
        var third = lines[3].Split(',');
        Assert.Equal(("", "", "TUR", "190"), (third[Array.IndexOf(header, "Actor1Code")], third[Array.IndexOf(header, "Actor1Name")], third[Array.IndexOf(header, "Actor2Code")], third[Array.IndexOf(header, "EventCode")]));
    }

    [Fact]
    [Trait("Issue", "10")]
    public async Task WriteAsync_EventsWithoutFipsCodes_CountryColumnEmptyNotIso()
    {
        using var writer = new StringWriter();
        await CsvExporter.WriteAsync(new[] { SampleDocuments.Full() }.ToAsyncEnumerable(), writer, ExportSubject.Events);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');

        Assert.Equal(string.Empty, lines[1].Split(',')[Array.IndexOf(header, "ActionGeo_CountryCode")]);
    }
}
