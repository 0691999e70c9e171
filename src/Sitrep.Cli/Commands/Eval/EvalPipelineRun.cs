using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// Runs the pipeline over an evaluation's documents in parallel (as <c>sitrep bench</c> does), keeping their order. A
/// document whose analysis fails is counted and kept unanalysed (no events), so it is scored as predicting nothing,
/// never dropped (STYLE §2).
/// </summary>
internal static class EvalPipelineRun
{
    /// <summary>Analyses every document; returns them in input order and the failures as (id, message).</summary>
    public static (ImmutableArray<Document> Documents, IReadOnlyList<(string Id, string Error)> Failures) Analyse(Pipeline pipeline, IReadOnlyList<Document> inputs)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        var done = new Document[inputs.Count];
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Index, string Id, string Error)>();
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                done[i] = pipeline.Process(inputs[i]);
            }
            catch (StageException ex)
            {
                done[i] = inputs[i];
                failures.Add((i, inputs[i].Id, ex.Message));
            }
        });
        return ([.. done], [.. failures.OrderBy(f => f.Index).Select(f => (f.Id, f.Error))]);
    }
}
