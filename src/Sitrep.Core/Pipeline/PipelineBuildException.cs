namespace Sitrep.Core.Pipeline;

/// <summary>Thrown by <see cref="PipelineBuilder.Build"/> when stages' contracts do not fit together.</summary>
public sealed class PipelineBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineBuildException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PipelineBuildException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PipelineBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
