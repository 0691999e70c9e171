using System.Collections.Immutable;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>What <see cref="GeoNamesImporter"/> read.</summary>
/// <param name="Files">Each file read with its rows and the rows kept.</param>
/// <param name="Malformed">Rows that could not be read (skipped in lenient mode).</param>
/// <param name="Problems">The first malformed rows, as <c>file:line: problem</c>.</param>
/// <param name="Places">Places in the built index.</param>
public sealed record GeoNamesImportReport(ImmutableArray<GeoNamesFileReport> Files, long Malformed, ImmutableArray<string> Problems, int Places);

/// <summary>One file of an import.</summary>
/// <param name="Name">File name.</param>
/// <param name="Rows">Data rows read (comments and blank lines aside).</param>
/// <param name="Kept">Rows that added or enriched a place or a name.</param>
public sealed record GeoNamesFileReport(string Name, long Rows, long Kept);
