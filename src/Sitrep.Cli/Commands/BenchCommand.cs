using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Ingest;
using Sitrep.Extraction;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep bench [--corpus DIR] [--limit N]</c>: articles per second and peak memory of ingest.</summary>
internal static class BenchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = $"Folder of JSONL files (default: {CorpusBenchmark.CorpusRelative}, found by walking up)" };
        var limit = new Option<int?>("--limit") { Description = "Use at most this many articles" };
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("bench", "Measure ingest speed and peak memory on the news corpus") { corpus, limit, dataRoot };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dir = parse.GetValue(corpus) ?? CorpusBenchmark.FindCorpus();
            if (dir is null || !Directory.Exists(dir))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No corpus folder found ({dir ?? CorpusBenchmark.CorpusRelative}); pass --corpus DIR.").ConfigureAwait(false);
                return 1;
            }

            var pipeline = SitrepPipelines.CreateDefault(CommonOptions.Catalog(parse.GetValue(dataRoot)));
            var (docs, unreadable, readTime) = CorpusBenchmark.Load(dir, parse.GetValue(limit));
            string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
            await output.WriteLineAsync(Line($"corpus: {dir}; {docs.Count} articles read in {readTime.TotalSeconds:F2} s ({docs.Count / readTime.TotalSeconds:F0}/s), {unreadable} unreadable; {Environment.ProcessorCount} cores; stages: {string.Join(", ", pipeline.StageNames)}")).ConfigureAwait(false);

            // The first pass includes the JIT's tiering (methods start unoptimised); the second is the steady state a
            // long-running ingest sees. Both are reported.
            foreach (var pass in (string[])["first pass", "steady state"])
            {
                var memory = CorpusBenchmark.InMemory(pipeline, docs);
                var memTime = memory.Elapsed;
                await output.WriteLineAsync(Line($"pipeline in memory ({pass}): {docs.Count} articles in {memTime.TotalSeconds:F2} s = {docs.Count / memTime.TotalSeconds:F0} articles/s, {memory.Failed} failed")).ConfigureAwait(false);

                // Issue 3 speed bar: coding from raw text, every stage included (cleaning to events), in sentences per second.
                await output.WriteLineAsync(Line($"raw text to coded events ({pass}): {memory.Sentences} sentences in {memTime.TotalSeconds:F2} s = {memory.Sentences / memTime.TotalSeconds:F0} sentences/s, {memory.Events} events")).ConfigureAwait(false);
            }

            var storeTime = await CorpusBenchmark.StoreOnlyAsync(docs, ct).ConfigureAwait(false);
            await output.WriteLineAsync(Line($"SQLite store alone (raw documents, one writer): {docs.Count} in {storeTime.TotalSeconds:F2} s = {docs.Count / storeTime.TotalSeconds:F0} articles/s")).ConfigureAwait(false);

            var pausedBefore = GC.GetTotalPauseDuration();
            var (report, corpusTime, corpusCpu) = await CorpusBenchmark.WithStoreAsync(pipeline, docs, ct).ConfigureAwait(false);
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            await output.WriteLineAsync(Line($"pipeline + SQLite store: {report.Total} articles in {report.Elapsed.TotalSeconds:F2} s = {report.Total / report.Elapsed.TotalSeconds:F0} articles/s ({report.Stored} stored, {report.Unchanged} unchanged, {report.Failed} failed)")).ConfigureAwait(false);

            // Issue 10's corpus stage (stories, merged events, actors, relations), timed inside the store: its own cost
            // on top of the pipeline and of writing the documents. The wall time includes waiting for a core while the
            // pipeline's threads hold both; the CPU time is what the stage itself costs.
            var indexed = report.Stored + report.Replaced;
            var cpuPart = corpusCpu is { } cpu && cpu > TimeSpan.Zero ? Line($"; {cpu.TotalSeconds:F2} s of CPU = {indexed / cpu.TotalSeconds:F0} articles/s per core") : string.Empty;
            cpuPart += Line($"; the garbage collector paused every thread for {paused.TotalSeconds:F2} s of that run");
            await output.WriteLineAsync(Line($"corpus stage (stories, merged events, actors, relations), inside that run: {indexed} articles in {corpusTime.TotalSeconds:F2} s = {indexed / Math.Max(corpusTime.TotalSeconds, 1e-9):F0} articles/s{cpuPart}")).ConfigureAwait(false);
            await output.WriteLineAsync(Line($"peak memory: {CorpusBenchmark.PeakMegabytes():F0} MB (peak working set)")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
