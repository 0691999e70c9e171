using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// An actor phrase whose file line separates some words by a blank (<c>ITHILEN TELEVISION</c>), so that other words may
/// stand between them (<see cref="DictionaryPhrase.OpenJoins"/>); the coder looks for it inside one noun phrase
/// ("Ithilen state-run television").
/// </summary>
/// <param name="Words">The phrase's words, folded as the actor dictionary folds them.</param>
/// <param name="Phrase">The phrase as read, with its joins.</param>
/// <param name="Entry">The actor entry it belongs to (its dated codes).</param>
/// <param name="Source">File name of the entry.</param>
internal sealed record OpenActorPhrase(ImmutableArray<string> Words, DictionaryPhrase Phrase, ActorEntry Entry, string Source);
