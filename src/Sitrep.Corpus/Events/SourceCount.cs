namespace Sitrep.Corpus.Events;

/// <summary>
/// How many independent sources report an event (issue 10 point 2, <c>num_sources</c>): its articles' outlets, where
/// the copies of one story count once. Two articles are one source when they share an outlet or a story, and so,
/// transitively, is everything linked to them (a wire story carried by two outlets is one source, as are two
/// stories of one outlet).
/// </summary>
public static class SourceCount
{
    /// <summary>The number of independent sources among <paramref name="articles"/>.</summary>
    /// <param name="articles">Each article's story id and outlet (null: unknown, the story stands for it).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="articles"/> is null.</exception>
    public static int Of(IEnumerable<(string Story, string? Outlet)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var (story, outlet) in articles)
        {
            var s = "story:" + story;
            parent.TryAdd(s, s);
            if (outlet is not null)
            {
                var o = "outlet:" + outlet.Trim().ToUpperInvariant();
                parent.TryAdd(o, o);
                var (a, b) = (Find(s), Find(o));
                if (a != b)
                {
                    parent[a] = b;
                }
            }
        }

        return parent.Keys.Count(k => Find(k) == k);
    }
}
