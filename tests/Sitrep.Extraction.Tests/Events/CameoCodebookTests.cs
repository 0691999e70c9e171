using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The codebook loader on hand-built files: the format and its errors (issue 3 point 4).</summary>
public sealed class CameoCodebookTests
{
    private const string Path = "test/codebook.txt";

    private static DataFile File(params string[] lines) =>
        new("cameo-codebook", 1, Path, [.. lines.Select((text, i) => new DataLine(Path, i + 2, text))]);

    private static readonly string[] Valid =
    [
        "19\tFIGHT\t-10.0\tASSAULT",
        "190\tUse conventional military force, not specified below\t-10.0\tASSAULT",
        "195\tEmploy aerial weapons, not specified below\t-10.0\tassault",
        "1951\tEmploy precision-guided aerial munitions\t-10.0\tASSAULT",
        "02\tAPPEAL\t3.0\t-",
        "0232\tAppeal for military aid\t3.4\t-",
        "023\tAppeal for aid, not specified below\t3.4\t-",
    ];

    [Fact]
    public void Load_ValidFile_LooksUpEveryField()
    {
        var codebook = CameoCodebook.Load(File(Valid));
        var entry = codebook[EventCode.Parse("190")];
        Assert.Equal("Use conventional military force, not specified below", entry.Name);
        Assert.Equal(-10.0, entry.Goldstein);
        Assert.Equal(PloverCategory.Assault, entry.Plover);
        Assert.Equal(EventCode.Parse("19"), entry.Root);
        Assert.Equal(QuadClass.MaterialConflict, entry.QuadClass);
        Assert.Equal(7, codebook.Count);
        Assert.Equal("cameo-codebook@v1", codebook.Stamp);
    }

    [Fact]
    public void Load_DashPlover_None()
    {
        var entry = CameoCodebook.Load(File(Valid))[EventCode.Parse("0232")];
        Assert.Equal(PloverCategory.None, entry.Plover);
        Assert.Equal(QuadClass.VerbalCooperation, entry.QuadClass);
    }

    [Fact]
    public void Indexer_UnknownCode_ThrowsNamingCode()
    {
        var codebook = CameoCodebook.Load(File(Valid));
        var ex = Assert.Throws<KeyNotFoundException>(() => codebook[EventCode.Parse("196")]);
        Assert.Contains("'196'", ex.Message, StringComparison.Ordinal);
        Assert.False(codebook.Contains(EventCode.Parse("196")));
    }

    [Theory]
    [InlineData("1952", "195")]
    [InlineData("196", "19")]
    [InlineData("1951", "1951")]
    public void TryGetNearest_UnlistedCode_NearestAncestor(string code, string expected)
    {
        Assert.True(CameoCodebook.Load(File(Valid)).TryGetNearest(EventCode.Parse(code), out var entry));
        Assert.Equal(EventCode.Parse(expected), entry.Code);
    }

    [Fact]
    public void TryGetNearest_RootMissing_False() =>
        Assert.False(CameoCodebook.Load(File(Valid)).TryGetNearest(EventCode.Parse("173"), out _));

    [Theory]
    [InlineData("190\tUse force\t-10.0", "expected 4 TAB-separated fields")]
    [InlineData("190\tUse force\t-10.0\tASSAULT\textra", "expected 4 TAB-separated fields")]
    [InlineData("21\tNo such root\t0.0\t-", "'21' is not a CAMEO event code")]
    [InlineData("19a\tBad\t0.0\t-", "'19a' is not a CAMEO event code")]
    [InlineData(" 190\tPadded\t0.0\t-", "is not a CAMEO event code")]
    [InlineData("190\t \t-10.0\tASSAULT", "empty name")]
    [InlineData("190\tUse force\t-10.5\tASSAULT", "Goldstein value '-10.5'")]
    [InlineData("190\tUse force\t11\tASSAULT", "Goldstein value '11'")]
    [InlineData("190\tUse force\tstrong\tASSAULT", "Goldstein value 'strong'")]
    [InlineData("190\tUse force\tNaN\tASSAULT", "Goldstein value 'NaN'")]
    [InlineData("190\tUse force\t-10.0\tFIGHT", "unknown PLOVER category 'FIGHT'")]
    [InlineData("190\tUse force\t-10.0\t3", "unknown PLOVER category '3'")]
    [InlineData("190\tUse force\t-10.0\tNone", "unknown PLOVER category 'None'")]
    [InlineData("190\tUse force\t-10.0\t", "unknown PLOVER category ''")]
    public void Load_MalformedLine_ErrorNamesFileAndLine(string bad, string problem)
    {
        var ex = Assert.Throws<DataFileException>(() => CameoCodebook.Load(File("19\tFIGHT\t-10.0\tASSAULT", bad)));
        Assert.StartsWith(Path + ":3: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Load_DuplicateCode_ErrorNamesBothLines()
    {
        var ex = Assert.Throws<DataFileException>(() => CameoCodebook.Load(File(
            "19\tFIGHT\t-10.0\tASSAULT", "190\tA\t-10.0\tASSAULT", "190\tB\t-9.0\tASSAULT")));
        Assert.Equal(4, ex.Line);
        Assert.Contains("duplicate code 190: already defined on line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RootMissing_ErrorAtCodeLine()
    {
        var ex = Assert.Throws<DataFileException>(() => CameoCodebook.Load(File(
            "19\tFIGHT\t-10.0\tASSAULT", "173\tArrest\t-5.0\tCOERCE")));
        Assert.Equal(3, ex.Line);
        Assert.Contains("code 173 has no root: add a line for root 17", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParentMissing_ErrorAtCodeLine()
    {
        var ex = Assert.Throws<DataFileException>(() => CameoCodebook.Load(File(
            "19\tFIGHT\t-10.0\tASSAULT", "1951\tPrecision\t-10.0\tASSAULT")));
        Assert.Equal(3, ex.Line);
        Assert.Contains("add a line for code 195", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Empty_NoCodes() => Assert.Equal(0, CameoCodebook.Load(File()).Count);

    [Fact]
    public void Entries_FileOrder() =>
        Assert.Equal(Valid.Select(l => l.Split('\t')[0]), CameoCodebook.Load(File(Valid)).Entries.Select(e => e.Code.ToString()));

    [Fact]
    public void Load_Null_Throws() => Assert.Throws<ArgumentNullException>(() => CameoCodebook.Load(null!));

    [Fact]
    public void Entries_Immutable() => Assert.IsType<ImmutableArray<CameoCodebookEntry>>(CameoCodebook.Load(File(Valid)).Entries);
}
