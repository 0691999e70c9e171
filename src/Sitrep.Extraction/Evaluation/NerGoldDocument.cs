using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold document for entity evaluation: its text and the named mentions that count.</summary>
/// <param name="Id">Document id from the gold file.</param>
/// <param name="Text">The text the offsets index.</param>
/// <param name="Spans">Counted gold mentions, ordered by start.</param>
public sealed record NerGoldDocument(string Id, string Text, ImmutableArray<NerGoldSpan> Spans);
