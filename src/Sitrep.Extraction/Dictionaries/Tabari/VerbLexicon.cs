using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A TABARI/PETRARCH verb dictionary, parsed: synsets, verb blocks with their patterns, and transformations.</summary>
/// <param name="Synsets">Synsets by name (with the leading <c>&amp;</c>).</param>
/// <param name="Blocks">Verb blocks in file order.</param>
/// <param name="Transformations">PETRARCH-2 <c>~</c> transformation rules.</param>
public sealed record VerbLexicon(
    ImmutableDictionary<string, Synset> Synsets,
    ImmutableArray<VerbBlock> Blocks,
    ImmutableArray<Transformation> Transformations);
