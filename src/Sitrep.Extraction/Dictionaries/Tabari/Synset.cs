using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A named set of interchangeable phrases (<c>&amp;MILITARY</c>); members may name other synsets (<c>+&amp;CURRENCY</c>).</summary>
/// <param name="Name">Name with the leading <c>&amp;</c>.</param>
/// <param name="Members">Member phrases; a member whose only word starts with <c>&amp;</c> refers to another synset.</param>
/// <param name="Line">Line of the <c>&amp;NAME</c> header.</param>
/// <param name="NoPlurals">
/// True when the label ended in <c>_</c> (<c>&amp;AUXVERB3_</c>): PETRARCH then generates no plurals for its members, as for
/// a member ending in <c>_</c> (PETRARCH2 <c>docs/source/dictionaries.rst</c>, "Synsets").
/// </param>
public sealed record Synset(string Name, ImmutableArray<DictionaryPhrase> Members, int Line, bool NoPlurals = false);
