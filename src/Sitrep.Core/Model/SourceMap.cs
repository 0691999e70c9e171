using System.Collections.Immutable;

namespace Sitrep.Core.Model;

/// <summary>
/// Maps offsets in a document's text back to the original input it was extracted from (an HTML page), STYLE A3.
/// Built from ordered segments: each maps a run of document text to a run of equal length in the original.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableArray<SourceSegment> _segments;

    /// <summary>Creates a map from segments ordered by <see cref="SourceSegment.TextStart"/>, not overlapping.</summary>
    /// <exception cref="ArgumentException">When segments are unordered or overlap.</exception>
    public SourceMap(ImmutableArray<SourceSegment> segments)
    {
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].TextStart < segments[i - 1].TextStart + segments[i - 1].Length)
            {
                throw new ArgumentException($"Segment {i} starts at {segments[i].TextStart}, inside segment {i - 1}; segments must be ordered and disjoint.", nameof(segments));
            }
        }

        _segments = segments;
    }

    /// <summary>The segments, ordered by text offset.</summary>
    public ImmutableArray<SourceSegment> Segments => _segments;

    /// <summary>
    /// Maps a text offset to the original. Offsets inside a segment map exactly; offsets in text that was
    /// synthesised (a paragraph break) map to the end of the previous segment. Returns null before the first segment.
    /// </summary>
    public int? ToOriginal(int textOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        int lo = 0, hi = _segments.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_segments[mid].TextStart <= textOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        var s = _segments[found];
        var delta = Math.Min(textOffset - s.TextStart, s.Length);
        return s.OriginalStart + delta;
    }
}
