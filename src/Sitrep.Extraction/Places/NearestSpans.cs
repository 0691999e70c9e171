using Sitrep.Core.Model;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Issue 9 point 1: the span nearest a target, as <see cref="PlaceContainers"/> measures it, without scanning every
/// span per target. A span ending before the target is <c>target.Start - span.End</c> away, one overlapping it 0, one
/// starting after it twice the gap; each span adds its own penalty. The least total wins, the earliest span on a tie,
/// exactly as the scan of <see cref="Scan"/> (kept as the reference) does. Spans are grouped by penalty, each group
/// sorted by end and by start, and searched by binary search: O(log n) a target, plus the spans that overlap it.
/// </summary>
internal sealed class NearestSpans
{
    private readonly Group[] _groups;

    /// <param name="spans">The candidate spans, in the order that breaks ties, each with its penalty (0 or more).</param>
    public NearestSpans(IReadOnlyList<(TextSpan Span, long Penalty)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var byPenalty = new SortedDictionary<long, List<int>>();
        for (var k = 0; k < spans.Count; k++)
        {
            if (!byPenalty.TryGetValue(spans[k].Penalty, out var list))
            {
                byPenalty[spans[k].Penalty] = list = [];
            }

            list.Add(k);
        }

        _groups = [.. byPenalty.Select(g => new Group(g.Key, [.. g.Value.Select(k => (spans[k].Span, k))]))];
    }

    /// <summary>The index of the nearest span to <paramref name="target"/>, or -1 when there is none.</summary>
    public int Nearest(TextSpan target)
    {
        var best = -1;
        var bestDistance = long.MaxValue;
        foreach (var g in _groups)
        {
            if (g.Nearest(target) is (>= 0 and var k, var d) && (d + g.Penalty < bestDistance || (d + g.Penalty == bestDistance && k < best)))
            {
                (best, bestDistance) = (k, d + g.Penalty);
            }
        }

        return best;
    }

    /// <summary>The distance <see cref="PlaceContainers"/> measures from a span to the target, before any penalty.</summary>
    public static long Distance(TextSpan span, TextSpan target) =>
        span.End <= target.Start ? target.Start - span.End : 2L * Math.Max(0, span.Start - target.End);

    /// <summary>The scan this index replaces: every span, the first of the least total distance.</summary>
    public static int Scan(IReadOnlyList<(TextSpan Span, long Penalty)> spans, TextSpan target)
    {
        var best = -1;
        var bestDistance = long.MaxValue;
        for (var k = 0; k < spans.Count; k++)
        {
            var distance = Distance(spans[k].Span, target) + spans[k].Penalty;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (k, distance);
            }
        }

        return best;
    }

    private sealed class Group
    {
        private readonly (int Start, int End, int Index)[] _byEnd;
        private readonly (int Start, int End, int Index)[] _byStart;
        private readonly int _maxLength;

        public Group(long penalty, (TextSpan Span, int Index)[] members)
        {
            Penalty = penalty;
            _byEnd = [.. members.Select(m => (m.Span.Start, m.Span.End, m.Index)).OrderBy(m => m.End).ThenBy(m => m.Index)];
            _byStart = [.. members.Select(m => (m.Span.Start, m.Span.End, m.Index)).OrderBy(m => m.Start).ThenBy(m => m.Index)];
            _maxLength = members.Length == 0 ? 0 : members.Max(m => m.Span.End - m.Span.Start);
        }

        public long Penalty { get; }

        public (int Index, long Distance) Nearest(TextSpan target)
        {
            (int Index, long Distance) best = (-1, long.MaxValue);

            // Before the target: the latest end at or before its start, the earliest span of that end.
            var p = FirstEndAbove(target.Start) - 1;
            if (p >= 0)
            {
                var first = FirstEndAbove(_byEnd[p].End - 1);
                Consider(ref best, _byEnd[first].Index, (long)target.Start - _byEnd[p].End);
            }

            // After the target: the earliest start past its end, the earliest span of that start.
            var q = FirstStartAbove(target.End);
            if (q < _byStart.Length)
            {
                Consider(ref best, _byStart[q].Index, 2L * (_byStart[q].Start - target.End));
            }

            // Overlapping it (distance 0): a span ending after the target's start starts less than the longest span before it.
            for (var r = FirstStartAbove(target.Start - _maxLength); r < _byStart.Length && _byStart[r].Start <= target.End; r++)
            {
                if (_byStart[r].End > target.Start)
                {
                    Consider(ref best, _byStart[r].Index, 0);
                }
            }

            return best;
        }

        private static void Consider(ref (int Index, long Distance) best, int index, long distance)
        {
            if (distance < best.Distance || (distance == best.Distance && index < best.Index))
            {
                best = (index, distance);
            }
        }

        private int FirstEndAbove(int value)
        {
            int lo = 0, hi = _byEnd.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_byEnd[mid].End <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private int FirstStartAbove(int value)
        {
            int lo = 0, hi = _byStart.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_byStart[mid].Start <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
