using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Tests.Stories;

/// <summary>The in-memory LSH band table of the stories index (issue 10 points 1 and 8).</summary>
[Trait("Issue", "10")]
public sealed class LshBandTableTests
{
    private static HashSet<string> Candidates(LshBandTable table, long[] keys, int maxPerBand = 256)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        table.Candidates(keys, maxPerBand, found);
        return found;
    }

    [Fact]
    public void Candidates_ShareOneKey_Found_ShareNone_NotFound()
    {
        var table = new LshBandTable();
        table.Add("a", [11, 12, 13]);
        table.Add("b", [21, 22, 23]);

        Assert.Equal(["a"], Candidates(table, [99, 12, 98]));
        Assert.Empty(Candidates(table, [31, 32, 33]));
        Assert.Equal(["a", "b"], Candidates(table, [11, 22, 0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_ManyDocuments_TableGrowsAndKeepsEveryKey()
    {
        var table = new LshBandTable();
        var random = new Random(7);
        var keys = new List<long[]>();
        for (var d = 0; d < 5_000; d++)
        {
            var k = Enumerable.Range(0, 50).Select(_ => random.NextInt64()).ToArray();
            keys.Add(k);
            table.Add("d" + d, k);
        }

        Assert.Equal(5_000, table.Count);
        for (var d = 0; d < 5_000; d += 97)
        {
            Assert.Contains("d" + d, Candidates(table, [keys[d][d % 50]]));
        }

        // 250,000 keys at most three quarters full: 8 bytes a cell, so at most about 2.7 MB of cells.
        Assert.InRange(table.CellBytes, 250_000 * 8 * 4 / 3, 250_000 * 8 * 4 / 3 * 2);
    }

    [Fact]
    public void Remove_Document_NoLongerACandidate_ReAddedWithOtherKeys_FoundByThoseOnly()
    {
        var table = new LshBandTable();
        table.Add("a", [1, 2]);
        table.Add("b", [2, 3]);

        Assert.True(table.Remove("a"));
        Assert.False(table.Remove("a"));
        Assert.Equal(["b"], Candidates(table, [1, 2]));
        Assert.Equal(0.5, table.DeadShare);

        table.Add("a", [7]);
        Assert.Empty(Candidates(table, [1]));
        Assert.Equal(["a"], Candidates(table, [7]));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void RemoveOldest_ForgetsInAddingOrder_SkippingRemoved()
    {
        var table = new LshBandTable();
        table.Add("a", [1]);
        table.Add("b", [2]);
        table.Add("c", [3]);
        table.Remove("a");

        Assert.Equal("b", table.RemoveOldest());
        Assert.Equal("c", table.RemoveOldest());
        Assert.Null(table.RemoveOldest());
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Candidates_BucketSharedByMany_CappedPerBand()
    {
        var table = new LshBandTable();
        for (var d = 0; d < 40; d++)
        {
            table.Add("d" + d, [5, 1000 + d]);
        }

        Assert.Equal(10, Candidates(table, [5], maxPerBand: 10).Count);
        Assert.Equal(40, Candidates(table, [5]).Count);
    }

    [Fact]
    public void Rebuild_DropsRemovedCells_KeepsTheGivenDocuments()
    {
        var table = new LshBandTable();
        table.Add("a", [1]);
        table.Add("b", [2]);
        table.Remove("a");

        table.Rebuild([("b", [2L]), ("c", [3L])]);

        Assert.Equal(0, table.DeadShare);
        Assert.Equal(2, table.Count);
        Assert.Empty(Candidates(table, [1]));
        Assert.Equal(["c"], Candidates(table, [3]));
    }
}
