using Sitrep.Core.Diagnostics;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>The store keeps its corpus indexes in step with its documents (issue 10 point 6).</summary>
[Trait("Issue", "10")]
public sealed class CorpusIndexHookTests
{
    private static async Task<(SqliteDocumentStore Store, RecordingCorpusIndex Index)> OpenAsync()
    {
        var index = new RecordingCorpusIndex();
        var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, new SqliteStoreOptions { CorpusIndexes = [index] });
        return (store, index);
    }

    [Fact]
    public async Task Save_NewUnchangedAndReplaced_AddsOncePerVersionAfterRemovingTheOld()
    {
        var (store, index) = await OpenAsync();
        await using (store)
        {
            var a = SampleDocuments.Full("a");
            await store.SaveAsync(a);
            await store.SaveAsync(a);
            await store.SaveAsync(SampleDocuments.Plain("a", "Another text altogether."));
            Assert.Equal(["add a 1 " + a.Events.Length, "remove a", "add a 1 0"], index.Calls);
        }
    }

    [Fact]
    public async Task Save_InOrder_SequenceGrowsAndAReplacementComesLast()
    {
        var (store, index) = await OpenAsync();
        await using (store)
        {
            await store.SaveManyAsync([(SampleDocuments.Plain("a", "First."), null), (SampleDocuments.Plain("b", "Second."), null)]);
            await store.SaveAsync(SampleDocuments.Plain("a", "First, revised."));
            Assert.True(index.Sequences[0] < index.Sequences[1] && index.Sequences[1] < index.Sequences[2]);
        }
    }

    [Fact]
    public async Task SaveFailure_ForAStoredDocument_RemovesIt()
    {
        var (store, index) = await OpenAsync();
        await using (store)
        {
            await store.SaveAsync(SampleDocuments.Plain("a", "First."));
            await store.SaveFailureAsync(new DocumentFailure("a", DiagnosticCode.EmptyInput, "empty", null));
            Assert.Equal(["add a 1 0", "remove a"], index.Calls);
        }
    }

    [Fact]
    public async Task RebuildCorpus_ClearsThenReplaysStoredDocumentsInStoringOrder()
    {
        var (store, index) = await OpenAsync();
        await using (store)
        {
            await store.SaveAsync(SampleDocuments.Plain("b", "Second."));
            await store.SaveAsync(SampleDocuments.Plain("a", "First."));
            await store.SaveFailureAsync(new DocumentFailure("c", DiagnosticCode.EmptyInput, "empty", null));
            var full = SampleDocuments.Full("d");
            await store.SaveAsync(full);
            var before = index.Calls.Count;

            var replayed = await store.RebuildCorpusAsync();

            Assert.Equal(3, replayed);
            // The replayed document carries its stored layers (events here), read back inside the rebuild's transaction.
            Assert.Equal(["clear", "add b 1 0", "add a 1 0", "add d 1 " + full.Events.Length], index.Calls.Skip(before));
        }
    }
}
