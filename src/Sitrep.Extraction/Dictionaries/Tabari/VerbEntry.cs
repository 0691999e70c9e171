using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A verb line of a block: the verb (possibly multi-word), its irregular forms and an optional own code.</summary>
/// <param name="Phrase">The verb phrase; in multi-word verbs the word after <c>+</c> is the verb itself.</param>
/// <param name="VerbWordIndex">Index in <see cref="DictionaryPhrase.Words"/> of the inflected verb word.</param>
/// <param name="Forms">Irregular forms from <c>{…}</c>; empty when regular (or <c>{}</c>).</param>
/// <param name="Code">The line's own event code, if it has one.</param>
/// <param name="Line">Line number.</param>
public sealed record VerbEntry(DictionaryPhrase Phrase, int VerbWordIndex, ImmutableArray<string> Forms, string? Code, int Line);
