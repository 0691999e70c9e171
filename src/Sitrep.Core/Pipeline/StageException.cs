namespace Sitrep.Core.Pipeline;

/// <summary>A stage threw on a document: names the stage and the document (STYLE §2).</summary>
public sealed class StageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StageException(string stage, string documentId, Exception innerException)
        : base($"Stage '{stage}' failed on document '{documentId}': {innerException?.Message}", innerException)
    {
        Stage = stage;
        DocumentId = documentId;
    }

    /// <summary>Creates the exception.</summary>
    public StageException()
    {
        Stage = string.Empty;
        DocumentId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public StageException(string message)
        : base(message)
    {
        Stage = string.Empty;
        DocumentId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public StageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Stage = string.Empty;
        DocumentId = string.Empty;
    }

    /// <summary>Versioned name of the failing stage.</summary>
    public string Stage { get; }

    /// <summary>Id of the document it failed on.</summary>
    public string DocumentId { get; }

    /// <summary>
    /// The document as the stages before the failing one left it (their layers, none of the failing stage's), or null
    /// when unknown. A batch stores it as partial instead of dropping those layers (issue 9 point 2).
    /// </summary>
    public Model.Document? Partial { get; init; }

    /// <summary>
    /// <see cref="Partial"/> with a <see cref="Diagnostics.DiagnosticCode.StageFailed"/> error naming the stage and the
    /// cause, or null when the earlier layers are unknown.
    /// </summary>
    public Model.Document? PartialWithDiagnostic() =>
        Partial?.WithDiagnostic(new Diagnostics.Diagnostic(Stage, Diagnostics.DiagnosticCode.StageFailed, Diagnostics.Severity.Error, $"Stage '{Stage}' failed: {InnerException?.Message}"));
}
