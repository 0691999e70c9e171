using System.Collections.Immutable;

namespace Sitrep.Extraction.Data;

/// <summary>A parsed data file: its name, version and content lines.</summary>
/// <param name="Name">Name from the header (<c>person-titles</c>).</param>
/// <param name="Version">Version from the header.</param>
/// <param name="Path">Where it was read from.</param>
/// <param name="Lines">Content lines, without comments and blanks.</param>
public sealed record DataFile(string Name, int Version, string Path, ImmutableArray<DataLine> Lines)
{
    /// <summary>Name and version, as stored with each run: <c>person-titles@v3</c>.</summary>
    public string Stamp => $"{Name}@v{Version}";
}
