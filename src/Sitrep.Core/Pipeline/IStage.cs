using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// One pipeline step with a declared contract (STYLE A4): it reads the layers in <see cref="Requires"/> and adds those
/// in <see cref="Produces"/>. Implementations are immutable and thread-safe.
/// </summary>
public interface IStage
{
    /// <summary>Versioned registry name (<c>sentence-splitter.v1</c>), stored with each run (STYLE A8).</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    ImmutableHashSet<LayerKind> Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    ImmutableHashSet<LayerKind> Produces { get; }

    /// <summary>True when this stage may replace a layer an earlier stage produced.</summary>
    bool Overwrite => false;

    /// <summary>Returns the document with this stage's layers added. Bad input becomes diagnostics, not exceptions.</summary>
    Document Process(Document document, CancellationToken cancellationToken);
}
