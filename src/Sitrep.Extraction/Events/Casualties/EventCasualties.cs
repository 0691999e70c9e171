using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>The fatalities and injuries <see cref="CasualtyPicker"/> chose for one event.</summary>
/// <param name="Fatalities">People the text says the event killed; null when it states none.</param>
/// <param name="Injuries">People the text says the event injured; null when it states none.</param>
public sealed record EventCasualties(CasualtyCount? Fatalities, CasualtyCount? Injuries)
{
    /// <summary>No statement of either kind.</summary>
    public static EventCasualties None { get; } = new(null, null);
}
