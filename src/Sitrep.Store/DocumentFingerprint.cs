namespace Sitrep.Store;

/// <summary>What decides whether a stored document is up to date: its text and the pipeline that processed it.</summary>
/// <param name="ContentHash">SHA-256 of the text (<see cref="ContentHash"/>).</param>
/// <param name="Pipeline">Signature of the run that stored it (<see cref="RunInfo.Signature"/>); null when unknown.</param>
public sealed record DocumentFingerprint(string ContentHash, string? Pipeline);
