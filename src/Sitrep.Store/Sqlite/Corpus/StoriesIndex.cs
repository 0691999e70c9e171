using System.Globalization;
using System.Runtime.CompilerServices;
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
    private readonly ConditionalWeakTable<CommandCache, BandState> _bands = new();

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
        var bands = Bands(write);
        bands.Candidates(fingerprint.BandKeys.AsSpan(), _options.MaxCandidatesPerBand, candidates);
        StoryRows.InsertSignature(c, tx, row, fingerprint);
        Index(bands, row.DocumentId, fingerprint.BandKeys.AsSpan());
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
            using (var r = c.Get("SELECT document_id FROM story_documents WHERE story_id = $o", tx, ("$o", other)).ExecuteReader())
            {
                while (r.Read())
                {
                    write.StoryChanged.Add(r.GetString(0));
                }
            }

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
        Bands(write).Remove(documentId);
        c.Get("DELETE FROM story_signatures WHERE document_id = $d", tx, ("$d", documentId)).ExecuteNonQuery();

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
        Bands(write).Clear();
        foreach (var table in (string[])["story_signatures", "story_sources", "stories", "story_documents"])
        {
#pragma warning disable CA2100 // table names are constants of this method
            write.Commands.Get("DELETE FROM " + table, write.Transaction).ExecuteNonQuery();
#pragma warning restore CA2100
        }
    }

    // The stories the new document belongs to, earliest first: per candidate story, its candidates are verified in
    // storing order until one matches (one match joins the story).
    /// <inheritdoc />
    public void Forget(CommandCache commands) => _bands.Remove(commands);

    // The band table of the store that `write` writes to, loaded from its signatures when first used, and again when
    // another connection has committed since (PRAGMA data_version changes only for other connections' commits), when
    // the store's last transaction failed (Forget), or when removed documents hold half its cells.
    private LshBandTable Bands(CorpusWrite write)
    {
        var state = _bands.GetValue(write.Commands, _ => new BandState());
        var version = Convert.ToInt64(write.Commands.Get("PRAGMA data_version", write.Transaction).ExecuteScalar(), CultureInfo.InvariantCulture);
        if (state.DataVersion != version || state.Table.DeadShare > 0.5)
        {
            state.Table.Rebuild(StoryRows.RecentSignatures(write.Commands, write.Transaction, _options.MaxIndexedDocuments)
                .Select(s => (s.DocumentId, LshBands.Keys(s.Signature, _options.Bands, _options.Rows).ToArray())));
            state.DataVersion = version;
        }

        return state.Table;
    }

    // A new document's keys join the table; past the window, the oldest document leaves it.
    private void Index(LshBandTable bands, string documentId, ReadOnlySpan<long> keys)
    {
        bands.Add(documentId, keys);
        while (bands.Count > _options.MaxIndexedDocuments)
        {
            bands.RemoveOldest();
        }
    }

    private sealed class BandState
    {
        public LshBandTable Table { get; } = new();

        public long? DataVersion { get; set; }
    }

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
        return StoryRows.Signature(write.Commands, write.Transaction, candidate) is { } signature
            && StoryMatch.IsMatch(fingerprint, signature, () => StoryRows.Text(write.Commands, write.Transaction, candidate), _options);
    }
}
