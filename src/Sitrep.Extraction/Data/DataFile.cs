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

    /// <summary>Parses every content line with <paramref name="parse"/>, in file order (one loop for every reader).</summary>
    /// <exception cref="DataFileException">From <paramref name="parse"/>, naming the bad line.</exception>
    public ImmutableArray<T> ParseLines<T>(Func<DataLine, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var records = ImmutableArray.CreateBuilder<T>(Lines.Length);
        foreach (var line in Lines)
        {
            records.Add(parse(line));
        }

        return records.MoveToImmutable();
    }
}
