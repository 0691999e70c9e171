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
        Assert.Equal(DocumentStatus.Partial, stored!.Status);
        Assert.Contains("throw.v1", stored.FailureReason, StringComparison.Ordinal);
    }

    // Produces zones (one body zone per document), so a later failure has a stored layer to keep.
    private sealed class OneZone : IStage
    {
        public string Name => "one-zone.v1";

        public ImmutableHashSet<LayerKind> Requires => [];

        public ImmutableHashSet<LayerKind> Produces => [LayerKind.Zones];

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document with { Zones = [new Zone(new TextSpan(0, 4), ZoneKind.Body)] };
    }

    // Issue 9 point 2: a later stage fails; the earlier layer is stored, the row says partial with the stage and
    // message, show's reader gets the document, and a re-run (the bug fixed) processes it again and replaces it.
    [Fact]
    public async Task RunAsync_LaterStageThrows_EarlierLayersStoredAsPartialAndRerunReplacesIt()
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory);
        var failing = new PipelineBuilder().Add(new OneZone()).Add(new ThrowOn("d3")).Build();

        var first = await new BatchIngestor(failing, store, BatchPolicy.RecordAndContinue, workers: 2).RunAsync(Items(5), null);

        Assert.Equal((4, 1), (first.Stored, first.Failed));
        Assert.Contains("throw.v1", Assert.Single(first.Failures).Reason, StringComparison.Ordinal);
        var stored = await store.GetAsync("d3");
        Assert.Equal(DocumentStatus.Partial, stored!.Status);
        Assert.Equal(DiagnosticCode.StageFailed, stored.FailureCode);
        Assert.Contains("boom", stored.FailureReason, StringComparison.Ordinal);
        Assert.Single(stored.Document!.Zones);
        var diagnostic = Assert.Single(stored.Document.Diagnostics);
        Assert.Equal(("throw.v1", DiagnosticCode.StageFailed), (diagnostic.Stage, diagnostic.Code));

        // Same texts (text alone decides what is up to date), the stage now fixed: the partial document is processed again.
        var fixedPipeline = new PipelineBuilder().Add(new OneZone()).Add(new ThrowOn("none")).Build();
        var second = await new BatchIngestor(fixedPipeline, store, BatchPolicy.RecordAndContinue, workers: 2).RunAsync(Items(5), null);

        Assert.Equal((0, 1, 4, 0), (second.Stored, second.Replaced, second.Unchanged, second.Failed));
        Assert.Equal(DocumentStatus.Ok, (await store.GetAsync("d3"))!.Status);
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
