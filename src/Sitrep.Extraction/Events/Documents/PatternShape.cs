using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>A pattern's matchable elements split at its trigger <c>*</c>: those before it and those after it.</summary>
/// <param name="Before">Elements before the trigger, in pattern order.</param>
/// <param name="After">Elements after the trigger, in pattern order.</param>
/// <param name="TriggerJoined">True when the trigger is joined (<c>_</c>) to the element before it.</param>
/// <param name="HasTrigger">False for a pattern without <c>*</c>, which never matches.</param>
internal sealed record PatternShape(PatternElement[] Before, PatternElement[] After, bool TriggerJoined, bool HasTrigger)
{
    public static PatternShape Of(VerbPattern pattern)
    {
        var elements = pattern.Elements.Where(e => e.Kind is not (PatternElementKind.Skip or PatternElementKind.OpenPreposition
            or PatternElementKind.ClosePreposition or PatternElementKind.OpenNoun or PatternElementKind.CloseNoun)).ToArray();
        var star = Array.FindIndex(elements, e => e.Kind == PatternElementKind.Verb);
        return star < 0 ? new PatternShape([], [], false, false) : new PatternShape(elements[..star], elements[(star + 1)..], elements[star].Joined, true);
    }
}
