using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A pattern line <c>- * (TO BORDER) [154]</c>: its elements and its event code.</summary>
/// <param name="Elements">Pattern elements in order.</param>
/// <param name="Code">Event code as written: <c>154</c>, <c>075A</c>, or a pair <c>042:043</c> (event and its reciprocal).</param>
/// <param name="Raw">The pattern text as written (without the code), for messages and provenance.</param>
/// <param name="Line">Line number.</param>
public sealed record VerbPattern(ImmutableArray<PatternElement> Elements, string Code, string Raw, int Line);
