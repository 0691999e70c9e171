using Sitrep.Core.Model;
using Sitrep.Corpus.Events;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// Events across documents (issue 10 point 2, "events.v1"): each event of a stored document is a mention; it joins
/// the first earlier merged event with its key (source, target, CAMEO root) whose days overlap its own and whose
/// state the rule of <see cref="EventMergeRules"/> accepts, else starts one. Candidates come from the index
/// <c>merged_events_key</c>, never a scan, so a document costs the same whatever the store holds. Removing a
/// document removes its mentions and replays the remaining mentions of each event it touched in storing order.
/// </summary>
/// <param name="options">The merge rule's thresholds.</param>
internal sealed class EventsCorpusIndex(EventMergeOptions options) : ISqliteCorpusIndex
{
    private const string Candidates =
        "SELECT id, " + EventColumns.State + " FROM merged_events WHERE source_code = $source AND target_code = $target AND root = $root AND range_end >= $lo AND range_start <= $hi ORDER BY id";

    private const string InsertEvent =
        "INSERT INTO merged_events (source_code, target_code, root, code, goldstein, plover, range_start, range_end, date_start, date_end, date_precision, " + EventColumns.Place +
        ") VALUES ($source, $target, $root, $code, $goldstein, $plover, $rstart, $rend, $dstart, $dend, $dprecision, " + EventColumns.PlaceValues + ") RETURNING id";

    private const string UpdateEvent =
        "UPDATE merged_events SET code = $code, goldstein = $goldstein, plover = $plover, range_start = $rstart, range_end = $rend, date_start = $dstart, date_end = $dend, date_precision = $dprecision, " +
        "place_id = $pid, place_name = $pname, place_country = $pcountry, place_precision = $pprecision, place_lat = $plat, place_lon = $plon, place_west = $west, place_south = $south, place_east = $east, place_north = $north, place_inferred = $pinferred " +
        "WHERE id = $id AND source_code = $source AND target_code = $target AND root = $root";

    private const string InsertMention =
        "INSERT INTO event_mentions (document_id, seq, event_id, doc_sequence, source_code, target_code, code, goldstein, plover, date_start, date_end, date_precision, report_date, " + EventColumns.Place +
        ") VALUES ($doc, $seq, $event, $docseq, $source, $target, $code, $goldstein, $plover, $dstart, $dend, $dprecision, $report, " + EventColumns.PlaceValues + ")";

    // Stories (012) and outlets: an article's story is its story_documents row or itself; its outlet its source metadata.
    private const string Stats =
        "SELECT m.document_id, d.date, COALESCE(sd.story_id, d.id), d.source FROM event_mentions m JOIN documents d ON d.id = m.document_id " +
        "LEFT JOIN story_documents sd ON sd.document_id = m.document_id WHERE m.event_id = $id";

    /// <summary>An index with the default thresholds.</summary>
    public EventsCorpusIndex()
        : this(EventMergeOptions.Default)
    {
    }

    /// <inheritdoc />
    public string Name => "events.v1";

    /// <inheritdoc />
    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(document);
        var touched = new SortedSet<long>();
        for (var seq = 0; seq < document.Events.Length; seq++)
        {
            var mention = EventMention.From(document.Events[seq], document.Metadata.Date);
            var id = Join(write, mention);
            Insert(write, document.Id, seq, id, row.Sequence, mention);
            touched.Add(id);
        }

        AddStoryChanged(write, touched);
        foreach (var id in touched)
        {
            UpdateStats(write, id);
        }
    }

    // The events other documents of a changed story mention: their sources are counted by story, so they are recounted.
    private static void AddStoryChanged(CorpusWrite write, ICollection<long> touched)
    {
        foreach (var document in write.StoryChanged)
        {
            using var r = write.Commands.Get("SELECT DISTINCT event_id FROM event_mentions WHERE document_id = $d", write.Transaction, ("$d", document)).ExecuteReader();
            while (r.Read())
            {
                if (!touched.Contains(r.GetInt64(0)))
                {
                    touched.Add(r.GetInt64(0));
                }
            }
        }
    }

    /// <inheritdoc />
    public void Remove(CorpusWrite write, string documentId)
    {
        ArgumentNullException.ThrowIfNull(write);
        var touched = new List<long>();
        using (var r = write.Commands.Get("SELECT DISTINCT event_id FROM event_mentions WHERE document_id = $d ORDER BY event_id", write.Transaction, ("$d", documentId)).ExecuteReader())
        {
            while (r.Read())
            {
                touched.Add(r.GetInt64(0));
            }
        }

        write.Commands.Get("DELETE FROM event_mentions WHERE document_id = $d", write.Transaction, ("$d", documentId)).ExecuteNonQuery();
        foreach (var id in touched)
        {
            Recompute(write, id);
        }

        var changed = new List<long>();
        AddStoryChanged(write, changed);
        foreach (var id in changed.Except(touched))
        {
            UpdateStats(write, id);
        }
    }

    /// <inheritdoc />
    public void Clear(CorpusWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write.Commands.Get("DELETE FROM event_mentions", write.Transaction).ExecuteNonQuery();
        write.Commands.Get("DELETE FROM merged_events", write.Transaction).ExecuteNonQuery();
        // Ids restart, so a rebuild numbers events as the incremental path did on the same input.
        write.Commands.Get("DELETE FROM sqlite_sequence WHERE name = 'merged_events'", write.Transaction).ExecuteNonQuery();
    }

    // The merged event the mention joins (updated), or a new one.
    private long Join(CorpusWrite write, EventMention mention)
    {
        var range = EventMergeRules.RangeOf(mention, options);
        long? found = null;
        MergedEventState? state = null;
        using (var r = write.Commands.Get(
            Candidates, write.Transaction, ("$source", mention.Source), ("$target", mention.Target), ("$root", mention.Root.Value), ("$lo", EventColumns.Day(range.Start)), ("$hi", EventColumns.Day(range.End))).ExecuteReader())
        {
            while (r.Read())
            {
                var candidate = EventColumns.ReadState(r, 1);
                if (EventMergeRules.CanMerge(candidate, mention, options))
                {
                    (found, state) = (r.GetInt64(0), candidate);
                    break;
                }
            }
        }

        if (found is { } id)
        {
            Update(write, id, EventMergeRules.Merge(state!, mention, options));
            return id;
        }

        return Create(write, EventMergeRules.Start(mention, options));
    }

    private static long Create(CorpusWrite write, MergedEventState state) =>
        (long)write.Commands.Get(InsertEvent, write.Transaction, EventColumns.StateParameters(state)).ExecuteScalar()!;

    private static void Update(CorpusWrite write, long id, MergedEventState state) =>
        write.Commands.Get(UpdateEvent, write.Transaction, [.. EventColumns.StateParameters(state), ("$id", id)]).ExecuteNonQuery();

    private static void Insert(CorpusWrite write, string documentId, int seq, long eventId, long docSequence, EventMention mention) =>
        write.Commands.Get(InsertMention, write.Transaction, [("$doc", documentId), ("$seq", seq), ("$event", eventId), ("$docseq", docSequence), .. EventColumns.MentionParameters(mention)]).ExecuteNonQuery();

    // Replays the event's remaining mentions in storing order: they may now form one event, several, or none.
    private void Recompute(CorpusWrite write, long id)
    {
        var keys = new List<(string Doc, int Seq)>();
        var mentions = new List<EventMention>();
        using (var r = write.Commands.Get("SELECT document_id, seq, " + EventColumns.Mention + " FROM event_mentions WHERE event_id = $id ORDER BY doc_sequence, seq", write.Transaction, ("$id", id)).ExecuteReader())
        {
            while (r.Read())
            {
                keys.Add((r.GetString(0), r.GetInt32(1)));
                mentions.Add(EventColumns.ReadMention(r, 2));
            }
        }

        if (mentions.Count == 0)
        {
            write.Commands.Get("DELETE FROM merged_events WHERE id = $id", write.Transaction, ("$id", id)).ExecuteNonQuery();
            return;
        }

        var clusters = EventClusterer.Cluster(mentions, options);
        for (var k = 0; k < clusters.Length; k++)
        {
            // The first keeps the event's id; a split-off part becomes a new event.
            var target = k == 0 ? id : Create(write, clusters[k].State);
            if (k == 0)
            {
                Update(write, id, clusters[k].State);
            }

            foreach (var i in clusters[k].Mentions)
            {
                write.Commands.Get("UPDATE event_mentions SET event_id = $e WHERE document_id = $d AND seq = $s", write.Transaction, ("$e", target), ("$d", keys[i].Doc), ("$s", keys[i].Seq)).ExecuteNonQuery();
            }

            UpdateStats(write, target);
        }
    }

    private static void UpdateStats(CorpusWrite write, long id)
    {
        var mentions = 0;
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<(string Story, string? Outlet)>();
        string? first = null, last = null;
        using (var r = write.Commands.Get(Stats, write.Transaction, ("$id", id)).ExecuteReader())
        {
            while (r.Read())
            {
                mentions++;
                if (articles.Add(r.GetString(0)))
                {
                    sources.Add((r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
                }

                if (!r.IsDBNull(1))
                {
                    var date = r.GetString(1);
                    first = first is null || string.CompareOrdinal(date, first) < 0 ? date : first;
                    last = last is null || string.CompareOrdinal(date, last) > 0 ? date : last;
                }
            }
        }

        write.Commands.Get(
            "UPDATE merged_events SET num_mentions = $m, num_articles = $a, num_sources = $s, first_report = $f, last_report = $l WHERE id = $id",
            write.Transaction,
            ("$m", mentions), ("$a", articles.Count), ("$s", SourceCount.Of(sources)), ("$f", first), ("$l", last), ("$id", id)).ExecuteNonQuery();
    }

    /// <summary>The index's thresholds, for tests and the measurement.</summary>
    public EventMergeOptions Options => options;
}
