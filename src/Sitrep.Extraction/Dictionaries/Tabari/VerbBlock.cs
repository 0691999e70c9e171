using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A verb block: <c>--- NAME [code] ---</c>, its verbs and its patterns.</summary>
/// <param name="Name">Block name (<c>ABANDON</c>).</param>
/// <param name="Code">Default event code of the block's verbs; null for <c>[---]</c> (no event without a pattern).</param>
/// <param name="Verbs">Verbs sharing the block's patterns.</param>
/// <param name="Patterns">Patterns, in file order.</param>
/// <param name="Line">Line of the block header.</param>
public sealed record VerbBlock(string Name, string? Code, ImmutableArray<VerbEntry> Verbs, ImmutableArray<VerbPattern> Patterns, int Line);
