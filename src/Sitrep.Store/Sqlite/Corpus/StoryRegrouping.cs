using Sitrep.Corpus.Stories;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// Regroups the documents left in a story after one is removed (issue 10 point 6): the removed document may have been
/// the only link between others, or the first document, whose id the story bore. The remaining documents are compared
/// pairwise as the index would compare them (same content hash, or a shared band key then <see cref="StoryMatch"/>);
/// each connected group becomes a story keyed by its first stored document. Cost: the story's size, not the store's.
/// </summary>
internal static class StoryRegrouping
{
    /// <summary>Regroups what is left of <paramref name="storyId"/>.</summary>
    public static void Regroup(CorpusWrite write, string storyId, StoryOptions options)
    {
        var c = write.Commands;
        var tx = write.Transaction;
        var members = new List<(string Id, long Sequence, string Hash)>();
        using (var r = c.Get(
            "SELECT sd.document_id, ss.sequence, ss.content_hash FROM story_documents sd JOIN story_signatures ss ON ss.document_id = sd.document_id WHERE sd.story_id = $s ORDER BY ss.sequence",
            tx,
            ("$s", storyId)).ExecuteReader())
        {
            while (r.Read())
            {
                members.Add((r.GetString(0), r.GetInt64(1), r.GetString(2)));
            }
        }

        StoryRows.DeleteStory(c, tx, storyId);
        if (members.Count == 0)
        {
            return;
        }

        var fingerprints = members.Select(m => StoryFingerprint.Of(StoryRows.Text(c, tx, m.Id) ?? string.Empty, options)).ToArray();
        var parent = Enumerable.Range(0, members.Count).ToArray();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (Find(parent, i) != Find(parent, j) && (members[i].Hash == members[j].Hash
                    || (ShareBand(fingerprints[i], fingerprints[j]) && StoryMatch.IsMatch(fingerprints[i], fingerprints[j], options))))
                {
                    // The root is always the earlier document (members are in storing order).
                    var (a, b) = (Find(parent, i), Find(parent, j));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            var root = Find(parent, i);
            var id = members[root].Id;
            if (root == i)
            {
                c.Get("INSERT INTO stories (id, first_sequence, first_date, articles) VALUES ($s, $q, NULL, 0)", tx, ("$s", id), ("$q", members[i].Sequence)).ExecuteNonQuery();
            }

            if (id != storyId)
            {
                write.StoryChanged.Add(members[i].Id);
                c.Get("UPDATE story_documents SET story_id = $s WHERE document_id = $d", tx, ("$s", id), ("$d", members[i].Id)).ExecuteNonQuery();
            }
        }

        foreach (var root in Enumerable.Range(0, members.Count).Where(i => Find(parent, i) == i))
        {
            StoryRows.Refresh(c, tx, members[root].Id);
        }
    }

    private static bool ShareBand(StoryFingerprint a, StoryFingerprint b)
    {
        for (var k = 0; k < Math.Min(a.BandKeys.Length, b.BandKeys.Length); k++)
        {
            if (a.BandKeys[k] == b.BandKeys[k])
            {
                return true;
            }
        }

        return false;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
