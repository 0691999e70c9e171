using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>One line of <c>data/events/acled-types.txt</c>: an ACLED sub-event type (or a CASE label outside ACLED) and its place in the other schemes.</summary>
/// <param name="SubEventType">ACLED's sub-event type, or null for a CASE label outside ACLED.</param>
/// <param name="Name">ACLED's name of the sub-event type ("Air/drone strike"), or the label's description.</param>
/// <param name="EventType">ACLED's event type, or null outside ACLED.</param>
/// <param name="DisorderType">ACLED's disorder type, or null outside ACLED.</param>
/// <param name="CaseLabel">The CASE 2021 label.</param>
/// <param name="Cameo">The CAMEO code of an event found by its ACLED cue alone, or null when CAMEO has none.</param>
/// <param name="CameoAlso">Further CAMEO codes whose events take this type by default.</param>
/// <param name="Plover">The PLOVER category of the type.</param>
/// <param name="Line">The line of the file, for evidence (<c>events/acled-types.txt:31</c>).</param>
public sealed record AcledTypeEntry(
    AcledSubEventType? SubEventType,
    string Name,
    AcledEventType? EventType,
    AcledDisorderType? DisorderType,
    CaseLabel CaseLabel,
    EventCode? Cameo,
    ImmutableArray<EventCode> CameoAlso,
    PloverCategory Plover,
    int Line)
{
    /// <summary>The coding an event of this type carries.</summary>
    public AcledCoding ToCoding(double confidence, string rule) => new(EventType, SubEventType, DisorderType, CaseLabel, confidence, rule);
}
