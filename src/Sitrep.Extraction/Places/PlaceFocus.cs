namespace Sitrep.Extraction.Places;

/// <summary>
/// The country most of a document's confident places lie in, leaving out the places of one name: counted once per
/// document and answered per name from the counts (issue 9 point 1: counting every place again for every place made
/// geocoding quadratic). The answer is the country a full count gives: the largest count when it holds at least half
/// of the places, ties going to the country named first.
/// </summary>
internal sealed class PlaceFocus
{
    private readonly Dictionary<ushort, int> _counts = [];
    private readonly Dictionary<ushort, (int First, string? FirstKey, int Second)> _firsts = [];
    private readonly Dictionary<string, Dictionary<ushort, int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<ushort, int> _nullKey = [];
    private readonly int _total;

    /// <summary>Counts the confident places of <paramref name="items"/> by country.</summary>
    public PlaceFocus(Gazetteers.Gazetteer gazetteer, GeocoderOptions options, PlaceResolver.Item[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Pick >= 0 && item.Confidence >= options.AnchorConfidence && item.Mention.Role != Core.Model.PlaceRole.NotAPlace
                && gazetteer.CountryIndexAt(item.Postings[item.Pick] >> 2) is var c and > 0)
            {
                _counts[c] = _counts.GetValueOrDefault(c) + 1;
                _total++;
                var perKey = item.Key is null ? _nullKey : _byKey.TryGetValue(item.Key, out var d) ? d : _byKey[item.Key] = [];
                perKey[c] = perKey.GetValueOrDefault(c) + 1;
                if (!_firsts.TryGetValue(c, out var f))
                {
                    _firsts[c] = (i, item.Key, -1);
                }
                else if (f.Second < 0 && !string.Equals(f.FirstKey, item.Key, StringComparison.Ordinal))
                {
                    _firsts[c] = f with { Second = i };
                }
            }
        }
    }

    /// <summary>The focus country without the places whose key is <paramref name="except"/>, or 0 when none holds half.</summary>
    public ushort Of(string? except)
    {
        var left = except is null ? _nullKey : _byKey.GetValueOrDefault(except);
        var total = _total;
        ushort top = 0;
        int topCount = 0, topFirst = int.MaxValue;
        foreach (var (c, all) in _counts)
        {
            var leftOut = left?.GetValueOrDefault(c) ?? 0;
            total -= leftOut;
            var count = all - leftOut;
            if (count == 0)
            {
                continue;
            }

            // Where the country is first counted once the left-out name is gone: the order a full count meets it in.
            var f = _firsts[c];
            var first = string.Equals(f.FirstKey, except, StringComparison.Ordinal) ? f.Second : f.First;
            if (count > topCount || (count == topCount && first < topFirst))
            {
                (top, topCount, topFirst) = (c, count, first);
            }
        }

        return topCount > 0 && topCount * 2 >= total ? top : (ushort)0;
    }
}
