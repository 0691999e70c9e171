using System.Collections.Immutable;

namespace Sitrep.Store;

/// <summary>One actor's timeline (issue 10 point 4): its listing, its roles and affiliations and its codes over time.</summary>
/// <param name="Actor">Name, type, codes, counts and aliases.</param>
/// <param name="Roles">Roles and affiliations, earliest first.</param>
/// <param name="Codes">Actor codes, earliest first.</param>
public sealed record ActorTimeline(ActorListing Actor, ImmutableArray<ActorPeriod> Roles, ImmutableArray<ActorPeriod> Codes);
