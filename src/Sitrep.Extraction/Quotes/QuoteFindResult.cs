using System.Collections.Immutable;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>What <see cref="QuoteFinder"/> computed for one document (STYLE A5: compute, then annotate).</summary>
/// <param name="Quotes">Quotes ordered by start.</param>
/// <param name="Diagnostics">Unclosed and unattributed quotes.</param>
public sealed record QuoteFindResult(ImmutableArray<Quote> Quotes, ImmutableArray<Diagnostic> Diagnostics);
