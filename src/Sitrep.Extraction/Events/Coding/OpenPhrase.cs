using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// An actor or agent phrase whose file line separates some words by a blank (<c>ITHILEN TELEVISION</c>,
/// <c>SECURITY SERVICE</c>), so that other words may stand between them (<see cref="DictionaryPhrase.OpenJoins"/>); the
/// coder looks for it inside one noun phrase ("Ithilen state-run television").
/// </summary>
/// <typeparam name="TEntry">The dictionary entry: <see cref="ActorEntry"/> or <see cref="AgentEntry"/>.</typeparam>
/// <param name="Words">The phrase's words, folded as the dictionaries fold them.</param>
/// <param name="Phrase">The phrase as read, with its joins.</param>
/// <param name="Entry">The entry it belongs to (its codes).</param>
/// <param name="Source">File name of the entry.</param>
internal sealed record OpenPhrase<TEntry>(ImmutableArray<string> Words, DictionaryPhrase Phrase, TEntry Entry, string Source);
