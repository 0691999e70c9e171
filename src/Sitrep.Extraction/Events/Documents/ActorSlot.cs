using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>A coded actor mention inside one sentence, by token positions relative to the sentence's first token.</summary>
/// <param name="First">First token (sentence-relative).</param>
/// <param name="Last">Last token, inclusive.</param>
/// <param name="Actor">The actor as an event would carry it.</param>
/// <param name="Group">Index of the compound group ("Russia and Turkey") the slot belongs to; -1 when alone.</param>
/// <param name="Pronoun">True when the words are a pronoun standing for the actor ("they").</param>
internal sealed record ActorSlot(int First, int Last, EventActor Actor, int Group, bool Pronoun)
{
    /// <summary>
    /// Issue 8 point 5: the name only modifies the noun after it ("Japanese crushers", "U.S.-made", "Iran arms sales"),
    /// so the actor of that phrase is the noun, not this name: never the source of a verb.
    /// </summary>
    public bool Attributive { get; init; }

    /// <summary>
    /// The name owns the noun after it, which is no trigger ("Gondor's markets rallied"): the subject is that noun, so
    /// the name is no source of a later verb (it still is of a noun trigger it owns: "Haftar's offensive").
    /// </summary>
    public bool Possessor { get; init; }

    /// <summary>
    /// The name is the first part of a hyphen compound ("U.S.-made missiles", "Turkish-backed"): it names a maker, a
    /// backer or a partner, never the actor of the clause, whatever the act.
    /// </summary>
    public bool Hyphenated { get; init; }

    /// <summary>
    /// The name is the object of a preposition ("aid from Gondor", "talks with Arnor"): never the subject of a verb after
    /// it, though it may be a target or a pattern's actor.
    /// </summary>
    public bool Oblique { get; init; }

    /// <summary>The name follows "in", "near", "across" …: it says where, not who ("met in Vienna").</summary>
    public bool Locative { get; init; }

    /// <summary>The name follows "told" or "informed": it is the one told, not the actor of what was told.</summary>
    public bool Addressee { get; init; }

    /// <summary>A place name coded as a government (a capital: "Paris", "Moscow"); before a noun it names a place ("the Paris accord").</summary>
    public bool Capital { get; init; }

    /// <summary>True when the slot may be the subject or agent of a trigger in its sentence.</summary>
    public bool CanAct => !Attributive && !Locative && !Addressee && !Possessor && !Hyphenated && !Oblique;
}
