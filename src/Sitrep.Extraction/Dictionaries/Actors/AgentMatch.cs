using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>A role word (agent) found in a word sequence.</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="Length">Number of words.</param>
/// <param name="Code">The agent code (<c>GOV</c>).</param>
/// <param name="IsPrefix">True when the code goes before the actor's code.</param>
public sealed record AgentMatch(int Start, int Length, ActorCode Code, bool IsPrefix)
{
    /// <summary>Index after the last word.</summary>
    public int End => Start + Length;

    /// <summary>
    /// Combines the agent with an actor's code: <c>TUR</c> + <c>~GOV</c> = <c>TURGOV</c>; <c>UNO</c> + <c>IGO~</c> =
    /// <c>IGOUNO</c>. An actor code that already holds the agent code in a segment of its own is returned unchanged
    /// (<c>LBYMIL</c> + <c>~MIL</c> = <c>LBYMIL</c>); the null actor stays null.
    /// </summary>
    public ActorCode ApplyTo(ActorCode actor)
    {
        if (actor.IsNull || actor.Value is null)
        {
            return actor;
        }

        for (var i = 0; i + 3 <= actor.Value.Length; i += 3)
        {
            if (actor.Value.AsSpan(i, 3).SequenceEqual(Code.Value))
            {
                return actor;
            }
        }

        return ActorCode.Parse(IsPrefix ? Code.Value + actor.Value : actor.Value + Code.Value);
    }
}
