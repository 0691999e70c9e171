namespace Sitrep.Extraction.Gazetteers;

/// <summary>Interns strings into one character blob for <see cref="GazetteerTables"/>.</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The index of <paramref name="value"/>, adding it when new.</summary>
    public int Add(string value)
    {
        if (!_index.TryGetValue(value, out var i))
        {
            i = _strings.Count;
            _strings.Add(value);
            _index[value] = i;
        }

        return i;
    }

    /// <summary>The strings, in the order they were added.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>All strings in one blob, with the start of each plus a final end.</summary>
    public char[] Chars(out int[] starts)
    {
        starts = new int[_strings.Count + 1];
        var total = 0;
        for (var i = 0; i < _strings.Count; i++)
        {
            starts[i] = total;
            total += _strings[i].Length;
        }

        starts[_strings.Count] = total;
        var chars = new char[total];
        for (var i = 0; i < _strings.Count; i++)
        {
            _strings[i].CopyTo(0, chars, starts[i], _strings[i].Length);
        }

        return chars;
    }
}
