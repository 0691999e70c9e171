using System.Diagnostics.CodeAnalysis;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>One result of reading inputs: a document, or a failure naming its source and reason. Exactly one of the two is set.</summary>
public sealed record InputItem
{
    private InputItem(string source, Document? document, InputFailure? failure)
    {
        Source = source;
        Document = document;
        Failure = failure;
    }

    /// <summary>Where the item came from: a file path, <c>path:line</c> for a JSONL record, or <c>stdin</c>.</summary>
    public string Source { get; }

    /// <summary>The document read, when reading succeeded.</summary>
    public Document? Document { get; }

    /// <summary>Why reading failed, when it did.</summary>
    public InputFailure? Failure { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Document is not null;

    /// <summary>The id of the document, or of the document that failed.</summary>
    public string DocumentId => Document?.Id ?? Failure!.DocumentId;

    /// <summary>A successfully read document.</summary>
    public static InputItem Ok(string source, Document document)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(document);
        return new InputItem(source, document, null);
    }

    /// <summary>A failed input.</summary>
    public static InputItem Failed(string source, string documentId, DiagnosticCode code, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new InputItem(source, null, new InputFailure(documentId, code, reason));
    }

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"{Source}: {Document.Id}" : $"{Source}: {DiagnosticCatalog.Id(Failure.Code)} {Failure.Reason}";
}
