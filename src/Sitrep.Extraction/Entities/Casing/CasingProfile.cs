using System.Collections.Immutable;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The casing regime of each sentence of a document (issue 8 point 4), from <see cref="CasingRegimeDetector"/>.</summary>
/// <param name="Sentences">One regime per sentence, at the sentence's index in <c>Document.Sentences</c>.</param>
/// <param name="DocumentRegime">The regime of the document's body as a whole: <see cref="CasingRegime.Lower"/> when it never capitalises a word inside a sentence, <see cref="CasingRegime.Upper"/> when its letters are capitals, else <see cref="CasingRegime.Normal"/>.</param>
/// <param name="IsCaseless">True when some sentence is not in newsroom casing, so the recognisers need a truecased view.</param>
internal sealed record CasingProfile(ImmutableArray<CasingRegime> Sentences, CasingRegime DocumentRegime, bool IsCaseless);
