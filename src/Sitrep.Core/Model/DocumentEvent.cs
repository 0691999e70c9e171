namespace Sitrep.Core.Model;

/// <summary>
/// One coded event (issue 3 point 4): who did what to whom, when, and the sentence that proves it. Source, trigger
/// and target always come from the one sentence <see cref="Sentence"/> (an actor the sentence does not name is left
/// null, never borrowed from another sentence); <see cref="Evidence"/> is the smallest span of
/// it that holds all three.
/// </summary>
/// <param name="Source">Who acted; null when the sentence does not say ("the fleet has been depleted by attacks on
/// airports"): ACLED's unidentified actor, coded only when a pattern places the target of such a sentence.</param>
/// <param name="Target">Whom the act was aimed at; null when the sentence names no target ("the LNA advanced to Sirte").</param>
/// <param name="Code">The CAMEO event code; its root and quad class follow from it.</param>
/// <param name="Goldstein">The code's Goldstein value (−10 … +10) from the CAMEO codebook.</param>
/// <param name="Plover">The code's PLOVER category from the CAMEO codebook.</param>
/// <param name="Trigger">The words that carry the event (the verb or noun the dictionary matched).</param>
/// <param name="Evidence">From the first to the last word of source, trigger, target and pattern words.</param>
/// <param name="Sentence">The sentence holding the evidence.</param>
/// <param name="Date">When it happened, resolved against the article date; null when neither text nor article date places it.</param>
/// <param name="Confidence">How sure the coder is, 0–1 (pattern vs. default roles, pronouns, nominal triggers).</param>
/// <param name="Rule">The dictionary line that coded it (<c>events/verbs.txt:120 - * &amp;WEAPON + [072]</c>).</param>
/// <param name="Paired">True for the reciprocal half of a paired code (<c>[042:043]</c>: the host of a visit).</param>
public sealed record DocumentEvent(
    EventActor? Source,
    EventActor? Target,
    EventCode Code,
    double Goldstein,
    PloverCategory Plover,
    TextSpan Trigger,
    TextSpan Evidence,
    TextSpan Sentence,
    EventDate? Date,
    double Confidence,
    string Rule,
    bool Paired)
{
    /// <summary>Where it happened (issue 4 point 5): a place of the document with a precision, or null when the document names none.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>ACLED event and sub-event type and CASE 2021 label (issue 8 point 2), or null when the event is outside every conflict scheme.</summary>
    public AcledCoding? Acled { get; init; }

    /// <summary>People killed, as the event's sentence states it (issue 8 point 3), or null when it states none.</summary>
    public CasualtyCount? Fatalities { get; init; }

    /// <summary>People injured, as the event's sentence states it, or null when it states none.</summary>
    public CasualtyCount? Injuries { get; init; }

    /// <summary>
    /// Who asserts the event (issue 10 point 3): the reporter, a named speaker, an anonymous source or a document; null
    /// until the assertion stage has run (or for events stored before it).
    /// </summary>
    public Assertion? AssertedBy { get; init; }

    /// <summary>The root category (<c>19</c> for <c>193</c>).</summary>
    public EventCode Root => Code.Root;

    /// <summary>GDELT's quad class of the code.</summary>
    public QuadClass QuadClass => Code.QuadClass;
}
