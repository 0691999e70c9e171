namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>The facets of <c>corpus_actor_facets</c>: what documents state about an actor, with how many state it.</summary>
internal static class ActorFacets
{
    /// <summary>An actor code (<c>LBYMIL</c>).</summary>
    public const string Code = "code";

    /// <summary>An affiliation's key (<see cref="Sitrep.Corpus.Actors.NameKey.Of"/>).</summary>
    public const string Affiliation = "affiliation";

    /// <summary>A role, lower case.</summary>
    public const string Role = "role";
}
