using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// One event as a TABARI/PETRARCH verb dictionary codes it: source, target and the code as the dictionary writes it.
/// The code stays a string because validation dictionaries use WEIS-style and test codes (<c>1010</c>, <c>174L</c>,
/// <c>901</c>) that are not CAMEO codes; callers that need a CAMEO code parse it with <see cref="EventCode.TryParse(string?, out EventCode)"/>.
/// </summary>
/// <param name="Source">Source actor; <see cref="ActorCode.Null"/> when the dictionary allows an event without one.</param>
/// <param name="Target">Target actor; <see cref="ActorCode.Null"/> when not required (<see cref="CoderOptions.RequireDyad"/> false).</param>
/// <param name="Code">The event code as written in the verb dictionary (one half of a paired <c>042:043</c> code).</param>
public sealed record CodedEvent(ActorCode Source, ActorCode Target, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}->{Target}:{Code}";
}
