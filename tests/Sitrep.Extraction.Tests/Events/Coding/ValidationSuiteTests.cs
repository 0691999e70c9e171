using Sitrep.Extraction.Events.Coding;
using Sitrep.Extraction.Syntax;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Events.Coding;

/// <summary>The PETRARCH validation suite (dev half) coded from its supplied parses (issue 3 point 6 bar: ≥ 90%).</summary>
public sealed class ValidationSuiteTests
{
    /// <summary>Measured 125 / 134 = 0.9328 when written, 126 / 134 = 0.9403 since actor phrases with a blank match across words (issue 9 point 12); the floor sits below it so a regression fails.</summary>
    private const double ExactFloor = 0.92;

    [Fact]
    public void RunAll_DevSuiteWithSuppliedParse_ReachesExactShareFloor()
    {
        var folder = TestPaths.SharedData("petrarch-dictionaries");
        var problems = new List<Sitrep.Extraction.Dictionaries.Tabari.TabariFormatException>();
        var dictionaries = TabariDictionaryFiles.Load(folder, null, problems);
        var gold = TestPaths.SharedData("petrarch-validation-dev.jsonl");
        var records = ValidationRecordReader.Read(gold, File.ReadLines(gold)).Where(r => r.Active).ToList();

        var outcomes = ValidationRunner.RunAll(dictionaries, records);

        var exact = outcomes.Count(o => o.Exact) / (double)outcomes.Length;
        Assert.True(exact >= ExactFloor, $"exact share {exact:0.0000} < {ExactFloor}; failing: {string.Join("; ", outcomes.Where(o => !o.Exact).Select(o => o.Record.Id))}");
    }

    /// <summary>Raw text with our own tagger and parser measured 116 / 134 = 0.8657 when written, 115 / 134 = 0.8582 since two parse repairs fitted to one record were removed (issue 9 point 12; issue 3 bar: ≥ 75%).</summary>
    private const double RawExactFloor = 0.85;

    [Fact]
    public void RunAllRaw_DevSuiteFromRawText_ReachesExactShareFloor()
    {
        var dictionaries = TabariDictionaryFiles.Load(TestPaths.SharedData("petrarch-dictionaries"), null, []);
        var gold = TestPaths.SharedData("petrarch-validation-dev.jsonl");
        var records = ValidationRecordReader.Read(gold, File.ReadLines(gold)).Where(r => r.Active).ToList();
        var coder = new RawTextCoder(dictionaries, Sitrep.Extraction.Tests.Entities.EntityTestKit.Catalog.SyntaxModel());

        var outcomes = ValidationRunner.RunAllRaw(coder, records);

        var exact = outcomes.Count(o => o.Exact) / (double)outcomes.Length;
        Assert.True(exact >= RawExactFloor, $"raw-text exact share {exact:0.0000} < {RawExactFloor}; failing: {string.Join("; ", outcomes.Where(o => !o.Exact).Select(o => o.Record.Id))}");
    }

    [Fact]
    public void Exact_SameEventsInOtherOrder_IsExactButMissingDuplicateIsNot()
    {
        var record = new ValidationRecord("X", "T", new DateOnly(1995, 1, 1), "t", null,
            [new("ARN", "GON", "190"), new("GON", "ARN", "190")], true, true);
        Assert.True(new ValidationOutcome(record, [new("GON", "ARN", "190"), new("ARN", "GON", "190")], null).Exact);
        Assert.False(new ValidationOutcome(record, [new("ARN", "GON", "190"), new("ARN", "GON", "190")], null).Exact);
    }

    [Theory]
    [InlineData("20200108")]
    [InlineData("2020-01-08")]
    public void Read_Date_SuiteOrIsoForm(string date)
    {
        var line = $$"""{"id": "N1", "date": "{{date}}", "text": "Turkey sent advisers to Libya."}""";
        Assert.Equal(new DateOnly(2020, 1, 8), ValidationRecordReader.Read("r.jsonl", [line]).Single().Date);
    }

    [Fact]
    public void Read_MalformedLine_NamesFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => ValidationRecordReader.Read("r.jsonl", ["", "{\"id\": 1"]).ToList());
        Assert.Contains("r.jsonl:2", ex.Message, StringComparison.Ordinal);
    }
}
