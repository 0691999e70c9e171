namespace Sitrep.Corpus.Stories;

/// <summary>
/// The LSH band keys of the indexed documents, in memory: which documents share a band key with a new one (issue 10
/// point 1). One open-addressing table of (key tag, document slot) cells with linear probing, 8 bytes a cell, kept at
/// most three quarters full: about 530 bytes per document at 50 bands, whatever the documents' length. Adding a
/// document costs one probe per band; a lookup costs one probe run per band. Removed documents are only marked: their
/// cells are skipped and go at the next <see cref="Rebuild"/> (the owner rebuilds when <see cref="DeadShare"/> grows).
/// Not thread-safe: one writer, as the store has.
/// </summary>
public sealed class LshBandTable
{
    private const double MaxLoad = 0.75;
    private const int MinCells = 1024;

    private uint[] _tags;
    private int[] _slots;
    private int _used;
    private readonly List<string?> _documents = [];
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private int _dead;
    private int _oldest;

    /// <summary>An empty table.</summary>
    public LshBandTable()
    {
        _tags = new uint[MinCells];
        _slots = new int[MinCells];
    }

    /// <summary>Documents indexed and not removed.</summary>
    public int Count => _slotOf.Count;

    /// <summary>Share of the table's documents that were removed and still hold cells.</summary>
    public double DeadShare => _documents.Count == 0 ? 0 : (double)_dead / _documents.Count;

    /// <summary>Approximate bytes held by the cells (the documents' ids not counted).</summary>
    public long CellBytes => (long)_tags.Length * (sizeof(uint) + sizeof(int));

    /// <summary>
    /// Forgets the document indexed first among those still indexed (the window's oldest: documents arrive in storing
    /// order), and returns its id; null when the table is empty.
    /// </summary>
    public string? RemoveOldest()
    {
        while (_oldest < _documents.Count)
        {
            if (_documents[_oldest++] is { } id)
            {
                Remove(id);
                return id;
            }
        }

        return null;
    }

    /// <summary>Indexes <paramref name="documentId"/> under its band keys (replacing any earlier entry of that id).</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="keys">Its band keys (<see cref="LshBands.Keys"/>).</param>
    public void Add(string documentId, ReadOnlySpan<long> keys)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        Remove(documentId);
        var slot = _documents.Count;
        _documents.Add(documentId);
        _slotOf[documentId] = slot;
        if ((_used + keys.Length) > _tags.Length * MaxLoad)
        {
            Grow(_used + keys.Length);
        }

        foreach (var key in keys)
        {
            Put(key, slot);
        }
    }

    /// <summary>Forgets <paramref name="documentId"/>; its cells stay until <see cref="Rebuild"/> and are skipped.</summary>
    /// <returns>Whether it was indexed.</returns>
    public bool Remove(string documentId)
    {
        if (!_slotOf.Remove(documentId, out var slot))
        {
            return false;
        }

        _documents[slot] = null;
        _dead++;
        return true;
    }

    /// <summary>Adds to <paramref name="into"/> the indexed documents that share a band key with <paramref name="keys"/>.</summary>
    /// <param name="keys">The new document's band keys.</param>
    /// <param name="maxPerBand">At most this many documents per band key (a boilerplate band shared by thousands).</param>
    /// <param name="into">Receives document ids.</param>
    public void Candidates(ReadOnlySpan<long> keys, int maxPerBand, ISet<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var mask = _tags.Length - 1;
        foreach (var key in keys)
        {
            var tag = Tag(key);
            var found = 0;
            for (var i = Home(tag, mask); _tags[i] != 0 && found < maxPerBand; i = (i + 1) & mask)
            {
                if (_tags[i] == tag && _documents[_slots[i]] is { } id)
                {
                    into.Add(id);
                    found++;
                }
            }
        }
    }

    /// <summary>Drops every cell and document and indexes <paramref name="documents"/> afresh (in the order given).</summary>
    public void Rebuild(IEnumerable<(string DocumentId, long[] Keys)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Clear();
        foreach (var (id, keys) in documents)
        {
            Add(id, keys);
        }
    }

    /// <summary>Empties the table.</summary>
    public void Clear()
    {
        _tags = new uint[MinCells];
        _slots = new int[MinCells];
        _used = 0;
        _documents.Clear();
        _slotOf.Clear();
        _dead = 0;
        _oldest = 0;
    }

    // A key's 32-bit tag (never 0: 0 marks an empty cell), from a 64-bit mix of the key; the home cell is a function of
    // the tag alone, so the cells can move when the table grows. Two keys with one tag are one key here: the caller
    // verifies every candidate, so such a collision (about one in four billion per probe) costs a check, never a merge.
    private static uint Tag(long key)
    {
        var x = unchecked((ulong)key);
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        var tag = (uint)x;
        return tag == 0 ? 1u : tag;
    }

    private static int Home(uint tag, int mask) => (int)((tag * 2654435769u) >> 1) & mask;

    private void Put(long key, int slot)
    {
        var tag = Tag(key);
        var mask = _tags.Length - 1;
        var i = Home(tag, mask);
        while (_tags[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _tags[i] = tag;
        _slots[i] = slot;
        _used++;
    }

    // Doubles until the cells hold `need` at the load limit; the live documents' cells move, the dead ones' are dropped.
    private void Grow(int need)
    {
        var size = _tags.Length;
        while (need > size * MaxLoad)
        {
            size *= 2;
        }

        var (tags, slots) = (_tags, _slots);
        _tags = new uint[size];
        _slots = new int[size];
        _used = 0;
        var mask = size - 1;
        for (var c = 0; c < tags.Length; c++)
        {
            if (tags[c] == 0 || _documents[slots[c]] is null)
            {
                continue;
            }

            var i = Home(tags[c], mask);
            while (_tags[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _tags[i] = tags[c];
            _slots[i] = slots[c];
            _used++;
        }
    }
}
