using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Actors;

/// <summary>An actor of the corpus as a lookup returns it: what resolution needs to decide a join.</summary>
/// <param name="Id">The actor's id in the store.</param>
/// <param name="Type">Person or organisation.</param>
/// <param name="Name">Its display name.</param>
/// <param name="NameKey">The key of its display name.</param>
/// <param name="Codes">Every actor code documents gave it, distinct.</param>
/// <param name="AffiliationKeys">The keys of every affiliation documents gave it (and of its roles), distinct.</param>
/// <param name="Roles">Every role text documents gave it, distinct, lower case.</param>
public sealed record ActorSummary(
    long Id,
    EntityType Type,
    string Name,
    string NameKey,
    ImmutableArray<string> Codes,
    ImmutableArray<string> AffiliationKeys,
    ImmutableArray<string> Roles)
{
    /// <summary>
    /// The spellings (<see cref="NameKey.Spelling"/>) of the aliases that matched the lookup that returned this actor:
    /// resolution tells a same-spelling match from a transliteration one with them.
    /// </summary>
    public ImmutableArray<string> MatchedSpellings { get; init; } = [];

    /// <summary>True when the name is one word (an actor known by a surname or a single name so far).</summary>
    public bool SingleWord => !NameKey.Contains(' ', StringComparison.Ordinal);
}
