using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading.Channels;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Text.Ingest;

namespace Sitrep.Cli.Ingest;

/// <summary>
/// Runs a batch: inputs → pipeline (in parallel over documents) → store (one writer; the documents ready at once, up to
/// <see cref="StoreBatch"/>, share a transaction, so a crash loses at most those, which a re-run then stores).
/// Kept out of the command classes so they stay thin shells (STYLE A11), and apart from <see cref="Pipeline"/> so the
/// pipeline neither stores nor reports (STYLE §6). Under <see cref="BatchPolicy.RecordAndContinue"/> a document whose
/// pipeline throws is counted as failed and stored with the layers of the stages before the failing one, as partial, with
/// a diagnostic naming the stage (issue 9 point 2), or as failed with the reason when those layers are unknown; under
/// <see cref="BatchPolicy.Fail"/> the exception ends the batch.
/// </summary>
internal sealed class BatchIngestor
{
    private const int QueueCapacity = 256;

    /// <summary>Most documents stored in one transaction.</summary>
    public const int StoreBatch = 64;

    private readonly Pipeline _pipeline;
    private readonly IDocumentStore _store;
    private readonly BatchPolicy _policy;
    private readonly int _workers;
    private readonly string? _signature;

    /// <summary>Creates an ingestor.</summary>
    /// <param name="pipeline">The analysis pipeline; thread-safe.</param>
    /// <param name="store">Where results go.</param>
    /// <param name="policy">What a failing document does to the batch.</param>
    /// <param name="workers">Documents processed at once; the processor count by default.</param>
    /// <param name="pipelineSignature">
    /// The run's <see cref="RunInfo.Signature"/>: a stored document is skipped only when both its text and this signature
    /// match, so a pipeline or dictionary upgrade reprocesses it. Null: text alone decides.
    /// </param>
    public BatchIngestor(Pipeline pipeline, IDocumentStore store, BatchPolicy policy, int? workers = null, string? pipelineSignature = null)
    {
        _signature = pipelineSignature;
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(store);
        _pipeline = pipeline;
        _store = store;
        _policy = policy;
        _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
    }

    /// <summary>
    /// Ingests every item; <paramref name="progress"/> receives the counts so far after each store write. Cancelling
    /// <paramref name="cancellationToken"/> (Ctrl-C) stops the batch: what was committed stays and the report, marked
    /// <see cref="IngestReport.Interrupted"/>, counts it (issue 9 point 5).
    /// </summary>
    public async Task<IngestReport> RunAsync(IEnumerable<InputItem> items, long? runId, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = Stopwatch.StartNew();
        var known = await _store.GetFingerprintsAsync(cancellationToken).ConfigureAwait(false);
        var inputs = Channel.CreateBounded<(long Seq, InputItem Item)>(new BoundedChannelOptions(QueueCapacity) { SingleWriter = true });
        var results = Channel.CreateBounded<Result>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    long seq = 0;
                    foreach (var item in items)
                    {
                        await inputs.Writer.WriteAsync((seq++, item), token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    inputs.Writer.Complete();
                }
            },
            token);

        var workers = Enumerable.Range(0, _workers).Select(_ => Task.Run(() => WorkAsync(inputs.Reader, results.Writer, known, token), token)).ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(_ => results.Writer.Complete(), TaskScheduler.Default);

        int stored = 0, replaced = 0, unchanged = 0, handled = 0;
        var failures = new ConcurrentBag<IngestFailure>();
        var replacements = new List<Replacement>();
        var interrupted = false;
        void Report() => progress?.Report(new IngestProgress(handled, stored, replaced, unchanged, failures.Count));
        Report(); // the batch starts: nothing done yet
        try
        {
            var batch = new List<(Document Document, string? SourceName)>(StoreBatch);
            async Task FlushAsync()
            {
                if (batch.Count == 0)
                {
                    return;
                }

                var outcomes = await _store.SaveManyAsync(batch, runId, token).ConfigureAwait(false);
                for (var i = 0; i < outcomes.Length; i++)
                {
                    switch (outcomes[i])
                    {
                        case SaveOutcome.Stored: stored++; break;
                        case SaveOutcome.Replaced:
                            replaced++;
                            replacements.Add(ReplacementOf(batch[i].Document, batch[i].SourceName, known));
                            break;
                        default: unchanged++; break;
                    }
                }

                handled += batch.Count;
                batch.Clear();
                Report();
            }

            while (await results.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (results.Reader.TryRead(out var result))
                {
                    if (result is { Document: { } partial, Failure: { } stageFailure })
                    {
                        // Issue 9 point 2: stored with the earlier stages' layers, and counted and reported as failed.
                        await FlushAsync().ConfigureAwait(false);
                        await _store.SaveAsync(partial, runId, result.Source, token).ConfigureAwait(false);
                        failures.Add(stageFailure with { Reason = stageFailure.Reason + " (stored partially: the layers of the stages before it are kept)" });
                        handled++;
                        Report();
                    }
                    else if (result.Document is { } doc)
                    {
                        batch.Add((doc, result.Source));
                        if (batch.Count >= StoreBatch)
                        {
                            await FlushAsync().ConfigureAwait(false);
                        }
                    }
                    else if (result.Failure is { } f)
                    {
                        await FlushAsync().ConfigureAwait(false);
                        await _store.SaveFailureAsync(new DocumentFailure(f.DocumentId, f.Code, f.Reason, f.Source), runId, token).ConfigureAwait(false);
                        failures.Add(f);
                        handled++;
                        Report();
                    }
                    else
                    {
                        unchanged++;
                        handled++;
                        Report();
                    }
                }

                // Nothing more is ready: store what has come so far rather than wait.
                await FlushAsync().ConfigureAwait(false);
            }

            await Task.WhenAll([producer, .. workers]).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the batch in hand was not committed (the store checks the token before a transaction), so a re-run
            // stores it; the workers stop at their next read.
            await linked.CancelAsync().ConfigureAwait(false);
            interrupted = true;
        }
        catch
        {
            await linked.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await closer.ConfigureAwait(false);
        }

        return new IngestReport(stored, replaced, unchanged, [.. failures.OrderBy(f => f.Sequence)], clock.Elapsed, runId)
        {
            Replacements = [.. replacements],
            Interrupted = interrupted,
        };
    }

    // The store said Replaced: the same text analysed again by another pipeline, or other text under a stored id.
    private static Replacement ReplacementOf(Document document, string? source, IReadOnlyDictionary<string, DocumentFingerprint> known) =>
        new(document.Id, source ?? document.Id, known.TryGetValue(document.Id, out var before) && before.ContentHash == ContentHash.Of(document.Text));

    private async Task WorkAsync(ChannelReader<(long Seq, InputItem Item)> inputs, ChannelWriter<Result> results, IReadOnlyDictionary<string, DocumentFingerprint> known, CancellationToken token)
    {
        await foreach (var (seq, item) in inputs.ReadAllAsync(token).ConfigureAwait(false))
        {
            await results.WriteAsync(Process(seq, item, known, token), token).ConfigureAwait(false);
        }
    }

    private Result Process(long seq, InputItem item, IReadOnlyDictionary<string, DocumentFingerprint> known, CancellationToken token)
    {
        if (!item.Succeeded)
        {
            return new Result(item.Source, null, new IngestFailure(seq, item.Source, item.Failure.DocumentId, item.Failure.Code, item.Failure.Reason));
        }

        // Same id, same content, same pipeline: already stored; skip the pipeline (issue 2 point 6, idempotent re-runs).
        if (known.TryGetValue(item.Document.Id, out var stored) && stored.ContentHash == ContentHash.Of(item.Document.Text)
            && (_signature is null || stored.Pipeline == _signature))
        {
            return new Result(item.Source, null, null);
        }

        try
        {
            return new Result(item.Source, _pipeline.Process(item.Document, token), null);
        }
        catch (StageException ex) when (_policy == BatchPolicy.RecordAndContinue)
        {
            // Recorded: counted, reported by id and stored (STYLE §2): with the earlier stages' layers when the pipeline
            // kept them (issue 9 point 2), else as failed.
            var failure = new IngestFailure(seq, item.Source, item.Document.Id, DiagnosticCode.StageFailed, ex.Message);
            return new Result(item.Source, ex.PartialWithDiagnostic(), failure);
        }
    }

    // A document with a failure is partial: stored with the failure noted; a failure alone is stored as failed.
    private sealed record Result(string Source, Document? Document, IngestFailure? Failure);
}
