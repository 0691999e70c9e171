using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Corpus.Stories;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// The stories index (<c>stories.v1</c>, issue 10 point 1): documents that are copies of one text (wire copies, updates
/// with a new headline, a paragraph dropped or added, a few words changed) form one story. Adding a document costs one
/// signature, one lookup per LSH band (at most <see cref="StoryOptions.MaxCandidatesPerBand"/> documents each) and the
/// verification of the few candidates found, whatever the store holds. A story is a connected group of the pairwise
/// relation <see cref="StoryMatch"/> (or equal content hashes): a document that matches several stories joins the
/// earliest (smallest first storing sequence) and the others are merged into it, so the stories found do not depend
/// on the order documents arrive in. A story's id is its first stored document's id; when that document is removed,
/// the remaining documents are regrouped and each group takes its own first document's id, as a rebuild would give.
/// </summary>
internal sealed class StoriesIndex : ISqliteCorpusIndex
{
    private readonly StoryOptions _options;

    /// <summary>Creates the index with <paramref name="options"/> (the defaults when null).</summary>
    public StoriesIndex(StoryOptions? options = null) => _options = (options ?? StoryOptions.Default).Validate();

    /// <inheritdoc />
    public string Name => "stories.v1";

    /// <inheritdoc />
    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(document);
        var c = write.Commands;
        var tx = write.Transaction;
        var fingerprint = StoryFingerprint.Of(document.Text, _options);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        using (var r = c.Get("SELECT document_id FROM story_signatures WHERE content_hash = $h LIMIT $n", tx, ("$h", row.ContentHash), ("$n", _options.MaxCandidatesPerBand)).ExecuteReader())
        {
            while (r.Read())
            {
                exact.Add(r.GetString(0));
            }
        }

        var candidates = new HashSet<string>(exact, StringComparer.Ordinal);
        // The bands in a few statements (one step through SQLite instead of one per band): a UNION ALL of one lookup per
        // band, each by the primary key and capped at MaxCandidatesPerBand, exactly as separate lookups would read them.
        var keys = fingerprint.BandKeys;
        for (var from = 0; from < keys.Length; from += BandsPerLookup)
        {
            var count = Math.Min(BandsPerLookup, keys.Length - from);
            var lookup = c.GetPositional(BandLookupSql(count), tx, 3 * count);
            for (var i = 0; i < count; i++)
            {
                lookup.Parameters[3 * i].Value = from + i;
                lookup.Parameters[(3 * i) + 1].Value = keys[from + i];
                lookup.Parameters[(3 * i) + 2].Value = _options.MaxCandidatesPerBand;
            }

            using var r = lookup.ExecuteReader();
            while (r.Read())
            {
                candidates.Add(r.GetString(0));
            }
        }

        StoryRows.InsertSignature(c, tx, row, fingerprint);
        var matched = Matches(write, fingerprint, candidates, exact);
        var date = document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (matched.Count == 0)
        {
            StoryRows.CreateStory(c, tx, row.DocumentId, row.Sequence, date, document.Metadata.Source);
            return;
        }

        // The earliest story takes the document; any other story it matches is the same story, merged in.
        var target = matched[0].Id;
        c.Get("INSERT INTO story_documents (document_id, story_id) VALUES ($d, $s)", tx, ("$d", row.DocumentId), ("$s", target)).ExecuteNonQuery();
        if (matched.Count == 1)
        {
            StoryRows.CountIn(c, tx, target, date, document.Metadata.Source);
            return;
        }

        foreach (var (other, _) in matched.Skip(1))
        {
            c.Get("UPDATE story_documents SET story_id = $t WHERE story_id = $o", tx, ("$t", target), ("$o", other)).ExecuteNonQuery();
            StoryRows.DeleteStory(c, tx, other);
        }

        StoryRows.Refresh(c, tx, target);
    }

    /// <inheritdoc />
    public void Remove(CorpusWrite write, string documentId)
    {
        ArgumentNullException.ThrowIfNull(write);
        var c = write.Commands;
        var tx = write.Transaction;
        if (StoryRows.Signature(c, tx, documentId) is { } signature)
        {
            var keys = LshBands.Keys(signature.AsSpan(), _options.Bands, _options.Rows);
            for (var band = 0; band < keys.Length; band++)
            {
                c.Get("DELETE FROM story_bands WHERE band = $b AND hash = $k AND document_id = $d", tx, ("$b", band), ("$k", keys[band]), ("$d", documentId)).ExecuteNonQuery();
            }

            c.Get("DELETE FROM story_signatures WHERE document_id = $d", tx, ("$d", documentId)).ExecuteNonQuery();
        }

        var story = c.Get("SELECT story_id FROM story_documents WHERE document_id = $d", tx, ("$d", documentId)).ExecuteScalar() as string;
        if (story is null)
        {
            return;
        }

        c.Get("DELETE FROM story_documents WHERE document_id = $d", tx, ("$d", documentId)).ExecuteNonQuery();
        StoryRegrouping.Regroup(write, story, _options);
    }

    /// <inheritdoc />
    public void Clear(CorpusWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        foreach (var table in (string[])["story_bands", "story_signatures", "story_sources", "stories", "story_documents"])
        {
#pragma warning disable CA2100 // table names are constants of this method
            write.Commands.Get("DELETE FROM " + table, write.Transaction).ExecuteNonQuery();
#pragma warning restore CA2100
        }
    }

    // The stories the new document belongs to, earliest first: per candidate story, its candidates are verified in
    // storing order until one matches (one match joins the story).
    // Bands per statement: well under SQLite's limit of 500 terms in a compound SELECT.
    private const int BandsPerLookup = 64;

    // For band i: $p(3i) the band, $p(3i+1) its key, $p(3i+2) the cap. Parameters only; the text depends on the count alone.
    private static string BandLookupSql(int bands) => string.Join(
        " UNION ALL ",
        Enumerable.Range(0, bands).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT document_id FROM (SELECT document_id FROM story_bands WHERE band = $p{3 * i} AND hash = $p{(3 * i) + 1} LIMIT $p{(3 * i) + 2})")));

    private List<(string Id, long First)> Matches(CorpusWrite write, StoryFingerprint fingerprint, HashSet<string> candidates, HashSet<string> exact)
    {
        var c = write.Commands;
        var tx = write.Transaction;
        var byStory = new Dictionary<string, (long First, List<(long Sequence, string Id)> Members)>(StringComparer.Ordinal);
        foreach (var id in candidates)
        {
            using var r = c.Get(
                "SELECT sd.story_id, s.first_sequence, ss.sequence FROM story_documents sd JOIN stories s ON s.id = sd.story_id JOIN story_signatures ss ON ss.document_id = sd.document_id WHERE sd.document_id = $d",
                tx,
                ("$d", id)).ExecuteReader();
            if (r.Read())
            {
                var story = r.GetString(0);
                if (!byStory.TryGetValue(story, out var entry))
                {
                    entry = (r.GetInt64(1), []);
                    byStory[story] = entry;
                }

                entry.Members.Add((r.GetInt64(2), id));
            }
        }

        var matched = new List<(string Id, long First)>();
        foreach (var (story, (first, members)) in byStory)
        {
            members.Sort();
            foreach (var (_, id) in members)
            {
                if (exact.Contains(id) || IsMatch(write, fingerprint, id))
                {
                    matched.Add((story, first));
                    break;
                }
            }
        }

        matched.Sort((x, y) => x.First.CompareTo(y.First));
        return matched;
    }

    private bool IsMatch(CorpusWrite write, StoryFingerprint fingerprint, string candidate)
    {
        if (StoryRows.Signature(write.Commands, write.Transaction, candidate) is not { } signature
            || StoryMatch.IsRuledOutBySignature(fingerprint.Signature.AsSpan(), signature.AsSpan(), _options))
        {
            return false;
        }

        return StoryRows.Text(write.Commands, write.Transaction, candidate) is { } text && StoryMatch.IsMatch(fingerprint, StoryFingerprint.Of(text, _options), _options);
    }
}
