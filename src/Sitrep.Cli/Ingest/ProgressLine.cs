using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Cli.Ingest;

/// <summary>
/// Progress for a batch whose output is not a terminal (issue 9 point 5): every <c>interval</c>, one line on
/// <c>writer</c> (stderr) with the inputs done, stored, replaced, unchanged and failed, the rate and the time so far.
/// Reports only record the latest counts; the line is written by a timer, so a long document still shows the run is alive.
/// The clock starts at the first report (the batch's start), so loading the dictionaries neither prints nor lowers the rate.
/// </summary>
internal sealed class ProgressLine : IProgress<IngestProgress>, IAsyncDisposable
{
    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private IngestProgress _latest;

    /// <summary>Starts writing a line to <paramref name="writer"/> every <paramref name="interval"/>.</summary>
    public ProgressLine(TextWriter writer, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _writer = writer;
        _loop = LoopAsync(interval);
    }

    /// <inheritdoc />
    public void Report(IngestProgress value)
    {
        lock (_gate)
        {
            _latest = value;
        }

        _started.TrySetResult();
    }

    /// <summary>The line for <paramref name="p"/> after <paramref name="elapsed"/>.</summary>
    public static string Format(IngestProgress p, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"progress: {p.Handled} done ({p.Stored} stored, {p.Replaced} replaced, {p.Unchanged} unchanged, {p.Failed} failed), {(elapsed.TotalSeconds > 0 ? p.Handled / elapsed.TotalSeconds : 0):F0}/s, {elapsed.TotalSeconds:F0} s");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        try
        {
            await _started.Task.WaitAsync(_stop.Token).ConfigureAwait(false);
            _clock.Restart();
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                IngestProgress latest;
                lock (_gate)
                {
                    latest = _latest;
                }

                await _writer.WriteLineAsync(Format(latest, _clock.Elapsed)).ConfigureAwait(false);
                await _writer.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by DisposeAsync: the batch is over.
        }
    }
}
