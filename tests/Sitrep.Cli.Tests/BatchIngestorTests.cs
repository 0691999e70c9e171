using System.Collections.Immutable;
using Sitrep.Cli.Ingest;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Text.Ingest;

namespace Sitrep.Cli.Tests;

public sealed class BatchIngestorTests
{
    private sealed class ThrowOn(string id) : IStage
    {
        public string Name => "throw.v1";

        public ImmutableHashSet<LayerKind> Requires => [];

        public ImmutableHashSet<LayerKind> Produces => [];

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document.Id == id ? throw new InvalidOperationException("boom") : document;
    }

    private static IEnumerable<InputItem> Items(int n) =>
        Enumerable.Range(0, n).Select(i => InputItem.Ok($"src{i}", new Document($"d{i}", $"text {i}")));

    [Fact]
    public async Task RunAsync_StageThrowsRecordAndContinue_StoredAsFailedOthersGoOn()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var pipeline = new PipelineBuilder().Add(new ThrowOn("d3")).Build();

        var report = await new BatchIngestor(pipeline, store, BatchPolicy.RecordAndContinue, workers: 2).RunAsync(Items(10), null);

        Assert.Equal((9, 1), (report.Stored, report.Failed));
        var failure = Assert.Single(report.Failures);
        Assert.Equal(("d3", DiagnosticCode.StageFailed), (failure.DocumentId, failure.Code));
        var stored = await store.GetAsync("d3");
        Assert.Equal(DocumentStatus.Failed, stored!.Status);
        Assert.Contains("throw.v1", stored.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StageThrowsFailPolicy_Throws()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var pipeline = new PipelineBuilder().Add(new ThrowOn("d3")).Build();

        await Assert.ThrowsAsync<StageException>(() => new BatchIngestor(pipeline, store, BatchPolicy.Fail, workers: 2).RunAsync(Items(10), null));
    }

    [Fact]
    public async Task RunAsync_ManyDocuments_AllStoredOnce()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var pipeline = new PipelineBuilder().Build();
        var ingestor = new BatchIngestor(pipeline, store, BatchPolicy.Fail, workers: 2);

        var first = await ingestor.RunAsync(Items(500), null);
        var second = await ingestor.RunAsync(Items(500), null);

        Assert.Equal((500, 0), (first.Stored, first.Unchanged));
        Assert.Equal((0, 500), (second.Stored, second.Unchanged));
        Assert.Equal(500, (await store.CountAsync()).Documents);
    }
}
