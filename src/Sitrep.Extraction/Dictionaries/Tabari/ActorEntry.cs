using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>An actor: its phrases (root first, then <c>+</c> synonyms) and its codes, possibly dated.</summary>
/// <param name="Phrases">Root phrase, then synonyms.</param>
/// <param name="Codes">Codes; several when they are date-restricted.</param>
/// <param name="Line">Line of the root phrase, for messages.</param>
public sealed record ActorEntry(ImmutableArray<DictionaryPhrase> Phrases, ImmutableArray<DatedCode> Codes, int Line)
{
    /// <summary>The code that applies on <paramref name="date"/>: the first dated code covering it, else the first undated one.</summary>
    public DatedCode? CodeOn(DateOnly date) =>
        Codes.FirstOrDefault(c => (c.From is not null || c.Until is not null) && c.AppliesOn(date))
        ?? Codes.FirstOrDefault(c => c.From is null && c.Until is null);
}
