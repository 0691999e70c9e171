using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Syntax;

/// <summary>Plugs the syntax stage into a pipeline (STYLE A6). Not part of the default pipeline.</summary>
public static class SyntaxPipelineExtensions
{
    /// <summary>Adds <see cref="SyntaxAnnotator"/> over <paramref name="model"/>, unless already present.</summary>
    public static PipelineBuilder UseSyntax(this PipelineBuilder builder, SyntaxModel model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(model);
        return builder.AddIfNotAlready(() => new SyntaxAnnotator(model));
    }
}
