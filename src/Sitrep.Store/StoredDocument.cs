using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>A document row read back from a store.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Status">Processed or failed.</param>
/// <param name="ContentHash">SHA-256 of the text in hex; null for failed rows.</param>
/// <param name="Document">The document with its stored layers; null for failed rows.</param>
/// <param name="FailureCode">Why it failed; null for processed rows.</param>
/// <param name="FailureReason">The failure's reason; null for processed rows.</param>
/// <param name="SourceName">Where it was read from.</param>
/// <param name="RunId">The run that stored it.</param>
public sealed record StoredDocument(
    string Id,
    DocumentStatus Status,
    string? ContentHash,
    Document? Document,
    DiagnosticCode? FailureCode,
    string? FailureReason,
    string? SourceName,
    long? RunId);
