namespace Sitrep.Cli.Ingest;

/// <summary>A stored document that an input replaced (issue 9 point 4).</summary>
/// <param name="DocumentId">The id both share.</param>
/// <param name="Source">Where the new one was read from.</param>
/// <param name="SameText">
/// True when the text is the one stored and only the pipeline (stages, dictionaries) changed: the document was analysed
/// again. False when the text differs: an update, or two inputs that claim the same id.
/// </param>
internal sealed record Replacement(string DocumentId, string Source, bool SameText);
