using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A named set of interchangeable phrases (<c>&amp;MILITARY</c>); members may name other synsets (<c>+&amp;CURRENCY</c>).</summary>
/// <param name="Name">Name with the leading <c>&amp;</c>.</param>
/// <param name="Members">Member phrases; a member whose only word starts with <c>&amp;</c> refers to another synset.</param>
/// <param name="Line">Line of the <c>&amp;NAME</c> header.</param>
public sealed record Synset(string Name, ImmutableArray<DictionaryPhrase> Members, int Line);
