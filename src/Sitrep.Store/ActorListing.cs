using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>One actor across documents (issue 10 point 4), as <c>sitrep actors</c> lists it.</summary>
/// <param name="Id">The actor's id in the store.</param>
/// <param name="Type"><c>Person</c> or <c>Org</c>.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Codes">Its CAMEO actor codes, most stated first.</param>
/// <param name="Documents">Documents that mention it.</param>
/// <param name="EventsAsSource">Events of those documents with it as source.</param>
/// <param name="EventsAsTarget">Events with it as target.</param>
/// <param name="Aliases">Its distinct names as written (name, surname, acronym, other mentions), most stated first.</param>
public sealed record ActorListing(
    long Id,
    string Type,
    string Name,
    ImmutableArray<string> Codes,
    long Documents,
    long EventsAsSource,
    long EventsAsTarget,
    ImmutableArray<string> Aliases);
