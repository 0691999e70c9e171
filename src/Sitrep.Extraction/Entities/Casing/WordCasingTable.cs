using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// How edited news writes each word inside a sentence (issue 8 point 4): read from
/// <c>data/lexicons/word-casing.txt</c>, which <see cref="WordCasingTableBuilder"/> makes from newsroom-cased corpora.
/// Lookups ignore case and allocate nothing. Immutable.
/// </summary>
internal sealed class WordCasingTable
{
    private readonly FrozenDictionary<string, WordCasingEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordCasingTable(FrozenDictionary<string, WordCasingEntry> entries)
    {
        Entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The entries by word (compared without regard to case).</summary>
    public FrozenDictionary<string, WordCasingEntry> Entries { get; }

    /// <summary>Number of words.</summary>
    public int Count => Entries.Count;

    /// <summary>The entry of <paramref name="word"/> in any casing; false when news was not seen to use it.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordCasingEntry entry) => _lookup.TryGetValue(word, out entry);

    /// <summary>Reads the table from its data file: <c>form TAB lower-count TAB alone-count TAB in-name-count</c> a line.</summary>
    /// <exception cref="DataFileException">On a malformed line or a word given twice (naming file and line).</exception>
    public static WordCasingTable Read(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var entries = new Dictionary<string, WordCasingEntry>(file.Lines.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length != 4 || f[0].Length == 0 || !ParseCount(f[1], out var lower) || !ParseCount(f[2], out var alone) || !ParseCount(f[3], out var inName)
                || lower + alone + inName == 0)
            {
                throw line.Error("expected 'form<TAB>lower-count<TAB>alone-count<TAB>in-name-count' with counts that are not all 0.");
            }

            if (!entries.TryAdd(f[0], new WordCasingEntry(f[0], lower, alone, inName)))
            {
                throw line.Error($"'{f[0]}' is given twice (words are compared without regard to case).");
            }
        }

        return new WordCasingTable(entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static bool ParseCount(string field, out int value) => int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
