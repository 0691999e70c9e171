using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// ACLED's actor type of a coded actor (issue 8 point 1), from the roles in its CAMEO code, and the event-level rules
/// ACLED applies: a state's forces outside their country are External/Other forces; civilians who commit violence are
/// rioters (ACLED never codes civilians as the source of violence).
/// </summary>
public static class AcledActorTypes
{
    private static readonly FrozenSet<string> State = FrozenSet.ToFrozenSet(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PRI"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Rebel = FrozenSet.ToFrozenSet(["REB", "INS", "SEP", "IMG", "RAD"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Militia = FrozenSet.ToFrozenSet(["UAF", "CRM"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> External = FrozenSet.ToFrozenSet(["IGO", "UNO", "PKO", "NGM"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Civil = FrozenSet.ToFrozenSet(
        ["CVL", "MED", "EDU", "LAB", "REF", "HLH", "BUS", "NGO", "HRI", "AGR", "ELI", "DEV", "ENV", "SET", "AMN", "IRC", "MNC", "MOD"],
        StringComparer.Ordinal);

    /// <summary>
    /// The actor type a code implies on its own: the last role segment decides (<c>SYRREB</c> rebel group,
    /// <c>INDCOP</c> state forces, <c>IGOUNO</c> external/other); a bare country code (<c>TUR</c>) stands for the state.
    /// </summary>
    public static AcledActorCategory OfCode(ActorCode code)
    {
        if (code.IsNull || code.Value is not { Length: >= 3 } value)
        {
            return AcledActorCategory.None;
        }

        var result = AcledActorCategory.None;
        var roles = 0;
        for (var i = 0; i + 3 <= value.Length; i += 3)
        {
            var segment = value.Substring(i, 3);
            var category = segment switch
            {
                _ when State.Contains(segment) => AcledActorCategory.StateForces,
                _ when Rebel.Contains(segment) => AcledActorCategory.RebelGroup,
                _ when Militia.Contains(segment) => AcledActorCategory.PoliticalMilitia,
                _ when External.Contains(segment) => AcledActorCategory.ExternalOther,
                "OPP" => AcledActorCategory.Protesters,
                _ when Civil.Contains(segment) => AcledActorCategory.Civilians,
                _ => AcledActorCategory.None,
            };
            if (category != AcledActorCategory.None)
            {
                roles++;
                // IGOs keep their type whatever roles follow (IGOUNO…); otherwise the last role decides.
                if (result != AcledActorCategory.ExternalOther)
                {
                    result = category;
                }
            }
        }

        return roles == 0 && value.Length == 3 ? AcledActorCategory.StateForces : result;
    }

    /// <summary>The country segment a code starts with (<c>SYR</c> of <c>SYRREB</c>), or null when it starts with a role or an IGO.</summary>
    public static string? CountryOf(ActorCode code)
    {
        if (code.IsNull || code.Value is not { Length: >= 3 } value)
        {
            return null;
        }

        var first = value[..3];
        return State.Contains(first) || Rebel.Contains(first) || Militia.Contains(first) || External.Contains(first) || Civil.Contains(first) || first is "OPP" or "IGO" or "NGO" or "MNC" ? null : first;
    }

    /// <summary>
    /// The actor's type in an event: state forces of another country than the event's are External/Other (ACLED's
    /// foreign forces); civilians or protesters as the source of violence are rioters.
    /// </summary>
    /// <param name="category">The actor's own type.</param>
    /// <param name="actorCountry">ISO alpha-3 country of the actor, or null.</param>
    /// <param name="eventCountry">ISO alpha-3 country of the event's place, or null.</param>
    /// <param name="isSource">True for the event's source.</param>
    /// <param name="violent">True when the event is violence (CAMEO roots 18–20, 145).</param>
    /// <param name="demonstration">True when the event is a demonstration (CAMEO root 14): civilians who demonstrate are protesters.</param>
    public static AcledActorCategory InEvent(AcledActorCategory category, string? actorCountry, string? eventCountry, bool isSource, bool violent, bool demonstration = false)
    {
        if (isSource && demonstration && !violent && category == AcledActorCategory.Civilians)
        {
            return AcledActorCategory.Protesters;
        }

        if (category == AcledActorCategory.StateForces && actorCountry is not null && eventCountry is not null
            && !string.Equals(actorCountry, eventCountry, StringComparison.Ordinal))
        {
            return AcledActorCategory.ExternalOther;
        }

        return isSource && violent && category is AcledActorCategory.Civilians or AcledActorCategory.Protesters ? AcledActorCategory.Rioters : category;
    }
}
