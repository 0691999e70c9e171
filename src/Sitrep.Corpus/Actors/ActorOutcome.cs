namespace Sitrep.Corpus.Actors;

/// <summary>What resolution decided for one document entity.</summary>
public enum ActorOutcome
{
    /// <summary>Joined an existing actor.</summary>
    Joined,

    /// <summary>Became a new actor (no candidate, or every candidate refused).</summary>
    New,

    /// <summary>Left unresolved: more than one actor fits and nothing tells them apart.</summary>
    Ambiguous,
}
