using System.Collections.Immutable;

namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold geoparsing document: its text and toponyms.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">The text the toponym spans index.</param>
/// <param name="Toponyms">Gold toponyms, ordered by start.</param>
public sealed record GeoGoldDocument(string Id, string Text, ImmutableArray<GeoGoldToponym> Toponyms);
