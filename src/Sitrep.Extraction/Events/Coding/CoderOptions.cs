namespace Sitrep.Extraction.Events.Coding;

/// <summary>Options of <see cref="TreeEventCoder"/>, after PETRARCH's <c>[Options]</c> of the same names.</summary>
/// <param name="RequireDyad">
/// True (the default): an event needs both a source and a target actor. False: an agent without an actor yields an
/// anonymous actor (<c>---GOV</c>) and a missing target is coded as <c>---</c> (PETRARCH <c>require_dyad</c>).
/// </param>
public sealed record CoderOptions(bool RequireDyad = true)
{
    /// <summary>The defaults: dyads required.</summary>
    public static CoderOptions Default { get; } = new();
}
