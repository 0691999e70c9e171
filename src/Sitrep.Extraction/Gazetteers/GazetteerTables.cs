namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// The arrays a <see cref="Gazetteer"/> is made of, exactly as <see cref="GazetteerFile"/> stores them: parallel
/// per-entry columns, one character blob for every string, and a name index as an open-addressing hash table whose
/// slots point at keys and their postings (<c>entry &lt;&lt; 2 | NameKind</c>, best first).
/// </summary>
internal sealed class GazetteerTables
{
    public required string Stamp { get; init; }

    public required int[] Ids { get; init; }

    public required float[] Latitudes { get; init; }

    public required float[] Longitudes { get; init; }

    public required int[] Populations { get; init; }

    public required byte[] Features { get; init; }

    public required string[] FeatureCodes { get; init; }

    public required ushort[] Countries { get; init; }

    /// <summary>ISO alpha-2 codes; index 0 is the empty code (no country).</summary>
    public required string[] CountryCodes { get; init; }

    /// <summary>ISO alpha-3 codes parallel to <see cref="CountryCodes"/>, empty when unknown.</summary>
    public required string[] CountryIso3 { get; init; }

    public required ushort[] Admin1s { get; init; }

    /// <summary>Admin1 codes; index 0 is the empty code.</summary>
    public required string[] Admin1Codes { get; init; }

    /// <summary>Per entry, index into <see cref="Admin2Codes"/> (0: none).</summary>
    public required ushort[] Admin2s { get; init; }

    /// <summary>Admin2 codes (GeoNames' code inside the first-level division); index 0 is the empty code.</summary>
    public required string[] Admin2Codes { get; init; }

    public required int[] NameStrings { get; init; }

    public required char[] Chars { get; init; }

    /// <summary>Start of each string in <see cref="Chars"/>, plus one final end.</summary>
    public required int[] StringStarts { get; init; }

    public required int[] KeyStrings { get; init; }

    /// <summary>Start of each key's postings, plus one final end.</summary>
    public required int[] PostingStarts { get; init; }

    public required int[] Postings { get; init; }

    /// <summary>Hash slots (a power of two long): key index + 1, or 0 when empty.</summary>
    public required int[] Buckets { get; init; }

    /// <summary>First words (keys) of the names of several words, as strings in <see cref="Chars"/>: a scan tries a longer name only after one of them.</summary>
    public required int[] PrefixStrings { get; init; }

    /// <summary>Hash slots of <see cref="PrefixStrings"/> (a power of two long): prefix index + 1, or 0 when empty.</summary>
    public required int[] PrefixBuckets { get; init; }

    /// <summary>Entries with bounds, ascending.</summary>
    public required int[] BoundedEntries { get; init; }

    /// <summary>West, south, east, north of each bounded entry.</summary>
    public required float[] Bounds { get; init; }

    /// <summary>Demonym keys (strings in <see cref="Chars"/>).</summary>
    public required int[] DemonymStrings { get; init; }

    /// <summary>Country (index into <see cref="CountryCodes"/>) of each demonym.</summary>
    public required ushort[] DemonymCountries { get; init; }

    /// <summary>FNV-1a over the key's characters: stable across processes (string hashes are randomised).</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    public ReadOnlySpan<char> String(int index) => Chars.AsSpan(StringStarts[index], StringStarts[index + 1] - StringStarts[index]);
}
