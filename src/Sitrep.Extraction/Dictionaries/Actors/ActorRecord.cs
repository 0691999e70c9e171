using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>One line of a Sitrep actor file (<c>data/actors/*.txt</c>): a code, the phrases that name it, and when it applies.</summary>
/// <param name="Code">The actor code (<c>LBYGOV</c>), or <see cref="ActorCode.Null"/>.</param>
/// <param name="Phrases">The phrases as written (a leading <c>=</c> marks a case-sensitive phrase).</param>
/// <param name="From">First day the code applies, inclusive; null = since always.</param>
/// <param name="Until">Last day the code applies, inclusive; null = still.</param>
/// <param name="Note">Free comment (office held, kind of name).</param>
/// <param name="Path">File the line came from.</param>
/// <param name="Line">One-based line number.</param>
public sealed record ActorRecord(ActorCode Code, ImmutableArray<string> Phrases, DateOnly? From, DateOnly? Until, string Note, string Path, int Line)
{
    /// <summary>True when the code applies only between dates.</summary>
    public bool IsDated => From is not null || Until is not null;

    /// <summary>
    /// True for a descriptive name whose country is the document's focus country (code written <c>*GOV</c>, groups v2,
    /// issue 9 point 8): <see cref="Code"/> then holds only the role (<c>GOV</c>), and the actor coder puts the focus
    /// country before it. <see cref="ActorDictionary.Build"/> leaves such records out; <see cref="FocusGroupDictionary"/> holds them.
    /// </summary>
    public bool FocusCountry { get; init; }
}
