using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>A code stored under a phrase, with where it came from.</summary>
/// <param name="Code">The (possibly dated) code.</param>
/// <param name="ExactWords">For a case-sensitive phrase, its words as written; null otherwise.</param>
/// <param name="Path">File of the entry.</param>
/// <param name="Line">Line of the entry.</param>
internal sealed record ActorCandidate(DatedCode Code, string[]? ExactWords, string Path, int Line)
{
    public bool IsDated => Code.From is not null || Code.Until is not null;
}
