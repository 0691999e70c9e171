using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages, made by <see cref="PipelineBuilder.Build"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IStage> stages)
    {
        Stages = stages;
    }

    /// <summary>The stages, in order.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>The versioned names of the stages, in order (STYLE A8).</summary>
    public IEnumerable<string> StageNames => Stages.Select(s => s.Name);

    /// <summary>Runs every stage on the document.</summary>
    /// <exception cref="StageException">
    /// When a stage throws; the inner exception is the cause and <see cref="StageException.Partial"/> holds the document
    /// with the layers of the stages before it (issue 9 point 2: a failing stage loses nothing).
    /// </exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Process(document, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex) when (ex is not StageException)
            {
                throw new StageException(stage.Name, document.Id, ex) { Partial = document };
            }

            foreach (var layer in stage.Produces)
            {
                if (!document.Has(layer))
                {
                    document = document.WithLayer(layer);
                }
            }
        }

        return document;
    }
}
