namespace Sitrep.Core.Model;

/// <summary>
/// An event's place in ACLED's typology and in CASE 2021's label set (issue 8 point 2), beside its CAMEO code and
/// PLOVER category. Events outside ACLED's scope (a diplomatic expulsion, a claim of responsibility, organised crime)
/// have no <see cref="SubEventType"/> but may have a <see cref="CaseLabel"/>.
/// </summary>
/// <param name="EventType">ACLED's event type, when ACLED would code the event.</param>
/// <param name="SubEventType">ACLED's sub-event type, when ACLED would code the event.</param>
/// <param name="DisorderType">ACLED's disorder type, when ACLED would code the event.</param>
/// <param name="CaseLabel">The CASE 2021 label the sub-event type (or the event outside ACLED) corresponds to.</param>
/// <param name="Confidence">How sure the typer is, 0–1.</param>
/// <param name="Rule">What decided it: the mapping-file line, the cue words, the actor types, the classifier's share.</param>
public sealed record AcledCoding(
    AcledEventType? EventType,
    AcledSubEventType? SubEventType,
    AcledDisorderType? DisorderType,
    CaseLabel CaseLabel,
    double Confidence,
    string Rule)
{
    /// <summary>
    /// True when the type is the one the event's sentence reports, not the act the event itself codes ("the army
    /// said it had retaken the town": a statement): ACLED's export writes no row for it.
    /// </summary>
    public bool Reported { get; init; }
}
