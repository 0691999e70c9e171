using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// Collects stages in explicit order, then freezes them into a <see cref="Pipeline"/> (STYLE A6). Features plug in through
/// <c>Use…()</c> extension methods on this type.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>The stages so far, in order.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Appends the stage made by <paramref name="create"/> unless a stage of type <typeparamref name="T"/> is already there.</summary>
    public PipelineBuilder AddIfNotAlready<T>(Func<T> create)
        where T : IStage
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!_stages.OfType<T>().Any())
        {
            _stages.Add(create());
        }

        return this;
    }

    /// <summary>Inserts a stage before the first stage of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">When no stage of type <typeparamref name="T"/> is present.</exception>
    public PipelineBuilder InsertBefore<T>(IStage stage)
        where T : IStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        var index = _stages.FindIndex(s => s is T);
        if (index < 0)
        {
            throw new InvalidOperationException($"No stage of type {typeof(T).Name} to insert '{stage.Name}' before; add it first.");
        }

        _stages.Insert(index, stage);
        return this;
    }

    /// <summary>True when a stage of type <typeparamref name="T"/> is present.</summary>
    public bool Contains<T>()
        where T : IStage => _stages.OfType<T>().Any();

    /// <summary>Checks every stage's contract and returns an immutable pipeline.</summary>
    /// <param name="initialLayers">Layers the input documents already carry.</param>
    /// <exception cref="PipelineBuildException">When a stage needs a layer no earlier stage produces, or would replace one without <see cref="IStage.Overwrite"/>.</exception>
    public Pipeline Build(IEnumerable<LayerKind>? initialLayers = null)
    {
        var available = new Dictionary<LayerKind, string>();
        foreach (var layer in initialLayers ?? [])
        {
            available[layer] = "input";
        }

        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(l => !available.ContainsKey(l)).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineBuildException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage produces; add a stage producing it before '{stage.Name}'.");
            }

            foreach (var layer in stage.Produces)
            {
                if (available.TryGetValue(layer, out var producer) && !stage.Overwrite)
                {
                    throw new PipelineBuildException(
                        $"Stage '{stage.Name}' would replace layer {layer} produced by '{producer}'; set its Overwrite option or remove one of them.");
                }

                available[layer] = stage.Name;
            }
        }

        return new Pipeline([.. _stages]);
    }
}
