using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The shipped <c>data/cameo/codebook.txt</c> (issue 3 points 4 and 7).</summary>
public sealed class CameoCodebookFileTests
{
    private static readonly CameoCodebook Codebook = DataCatalog.Discover(AppContext.BaseDirectory).CameoCodebook();

    private static string SharedPetrarchFile(string name) => Sitrep.Tests.TestPaths.SharedData("petrarch-dictionaries", name);

    [Fact]
    public void CameoCodebook_Catalog_LoadsOnceAndStamps()
    {
        var catalog = DataCatalog.Discover(AppContext.BaseDirectory);
        var first = catalog.CameoCodebook();
        Assert.Same(first, catalog.CameoCodebook());
        Assert.Equal("cameo-codebook@v1", first.Stamp);
        Assert.Contains("cameo-codebook@v1", catalog.LoadedStamps);
    }

    [Fact]
    public void Codebook_Size_AllCameoCodes() => Assert.InRange(Codebook.Count, 300, 330);

    [Fact]
    public void Codebook_EveryRoot01To20_Present()
    {
        var roots = Codebook.Entries.Where(e => e.Code.IsRoot).Select(e => e.Code.RootNumber).Order();
        Assert.Equal(Enumerable.Range(1, 20), roots);
    }

    [Fact]
    public void Codebook_EveryCode_RootAndParentPresent() =>
        Assert.All(Codebook.Entries, e =>
        {
            Assert.True(Codebook.Contains(e.Root), $"{e.Code}: root {e.Root} missing");
            Assert.True(e.Code.Parent is not { } p || Codebook.Contains(p), $"{e.Code}: parent missing");
        });

    [Fact]
    public void Codebook_EveryRoot_HasUnspecifiedChild() =>
        Assert.All(Codebook.Entries.Where(e => e.Code.IsRoot), e => Assert.True(Codebook.Contains(EventCode.Parse(e.Code + "0")), $"{e.Code}0 missing"));

    [Theory]
    [InlineData("04", QuadClass.VerbalCooperation)]
    [InlineData("07", QuadClass.MaterialCooperation)]
    [InlineData("12", QuadClass.VerbalConflict)]
    [InlineData("19", QuadClass.MaterialConflict)]
    public void Codebook_QuadClassPerRoot_GdeltConvention(string root, QuadClass expected) =>
        Assert.All(Codebook.Entries.Where(e => e.Root == EventCode.Parse(root)), e => Assert.Equal(expected, e.QuadClass));

    [Fact]
    public void Codebook_Goldstein_InRangeAndSignFollowsQuadClass() =>
        Assert.All(Codebook.Entries, e =>
        {
            Assert.InRange(e.Goldstein, -10.0, 10.0);
            if (e.QuadClass == QuadClass.MaterialConflict)
            {
                Assert.True(e.Goldstein < 0, $"{e.Code} is material conflict with Goldstein {e.Goldstein}");
            }
            else if (e.QuadClass == QuadClass.MaterialCooperation)
            {
                Assert.True(e.Goldstein > 0, $"{e.Code} is material cooperation with Goldstein {e.Goldstein}");
            }
        });

    [Theory]
    [InlineData("190", -10.0, PloverCategory.Assault)]
    [InlineData("0874", 10.0, PloverCategory.Retreat)]
    [InlineData("042", 1.9, PloverCategory.Consult)]
    [InlineData("043", 2.8, PloverCategory.Consult)]
    [InlineData("057", 8.0, PloverCategory.Support)]
    [InlineData("1041", -5.0, PloverCategory.Request)]
    [InlineData("112", -2.0, PloverCategory.Accuse)]
    [InlineData("0232", 3.4, PloverCategory.None)]
    [InlineData("173", -5.0, PloverCategory.Coerce)]
    [InlineData("154", -7.2, PloverCategory.Mobilize)]
    [InlineData("161", -4.0, PloverCategory.Sanction)]
    public void Codebook_KnownCodes_GoldsteinAndPlover(string code, double goldstein, PloverCategory plover)
    {
        var entry = Codebook[EventCode.Parse(code)];
        Assert.Equal(goldstein, entry.Goldstein);
        Assert.Equal(plover, entry.Plover);
    }

    [Fact]
    public void Codebook_PloverNone_OnlyRoots01And02() =>
        Assert.All(Codebook.Entries, e => Assert.Equal(e.Code.RootNumber is 1 or 2, e.Plover == PloverCategory.None));

    [Fact]
    public void Codebook_EveryPloverCategory_Used()
    {
        var used = Codebook.Entries.Select(e => e.Plover).ToHashSet();
        Assert.All(Enum.GetValues<PloverCategory>(), c => Assert.Contains(c, used));
    }

    /// <summary>Every event code that PETRARCH-2's CAMEO 2.0 verb dictionary uses (242 distinct codes) must be one of ours.</summary>
    [Fact]
    public void Codebook_PetrarchCameo20VerbCodes_AllPresent()
    {
        var problems = new List<TabariFormatException>();
        var lexicon = VerbDictionaryReader.Read("CAMEO.2.0.txt", File.ReadLines(SharedPetrarchFile("CAMEO.2.0.txt")), problems);
        var written = lexicon.Blocks.Select(b => b.Code)
            .Concat(lexicon.Blocks.SelectMany(b => b.Verbs).Select(v => v.Code))
            .Concat(lexicon.Blocks.SelectMany(b => b.Patterns).Select(p => p.Code))
            .OfType<string>();
        var codes = written.SelectMany(c => c.Split(':')).Select(c => c.Trim()).Where(IsPlainCode).Distinct().ToList();
        Assert.True(codes.Count >= 240, $"only {codes.Count} codes read: the reader or the file changed");
        var missing = codes.Where(c => !Codebook.Contains(EventCode.Parse(c))).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "codes used by CAMEO.2.0.txt but missing from data/cameo/codebook.txt: " + string.Join(", ", missing));
    }

    // Skipped as not codes of an event: "---" (no event), "+++", "?"-suffixed (uncertain) and letter- or mark-suffixed
    // (075A, 080!) variants, and the empty side of ":020" (reciprocal only).
    private static bool IsPlainCode(string code) => code.Length > 0 && code.All(char.IsAsciiDigit);
}
