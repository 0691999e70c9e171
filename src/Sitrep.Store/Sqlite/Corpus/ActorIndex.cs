using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Corpus.Actors;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// Actors across documents (issue 10 point 4): each person and organisation of a stored document is resolved by
/// <see cref="ActorResolver"/> to a corpus actor, and the actor's aliases, codes, affiliations, roles and event counts
/// take the document's support; removing the document takes exactly that support back, and an actor no document
/// mentions any more is deleted. Per document: a few indexed lookups and upserts per entity, whatever the store holds.
/// </summary>
internal sealed class ActorIndex : ISqliteCorpusIndex
{
    private readonly PersonTitles _titles;

    /// <summary>Creates the index with the title stripper it resolves names with.</summary>
    public ActorIndex(PersonTitles? titles = null) => _titles = titles ?? PersonTitles.Default;

    /// <inheritdoc />
    public string Name => "actors.v1";

    /// <inheritdoc />
    public void Add(CorpusWrite write, CorpusRow row, Document document)
    {
        var lookup = new ActorLookup(write);
        var taken = new HashSet<long>();
        var date = document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mentions = new List<object?[]>();
        var aliases = new List<(long Actor, ActorAlias Alias)>();
        var facets = new List<(long Actor, string Facet, string Value)>();
        var renames = new List<long>();
        var created = new List<(long Id, ActorCandidate Candidate)>();
        var joined = new List<(long Id, int Source, int Target)>();
        long? lastId = null;
        foreach (var candidate in ActorCandidates.Of(document, _titles))
        {
            // Resolution reads the corpus as it was before this document, but for the actors this document creates or
            // joins: those are taken (a later entity of the document never joins them), so the document's own rows can
            // be written together after its last entity is resolved. A new actor takes the id SQLite would give it
            // (the largest so far plus one).
            var resolution = ActorResolver.Resolve(candidate, lookup, taken);
            long? actorId = resolution.Outcome switch
            {
                ActorOutcome.Joined => resolution.ActorId,
                ActorOutcome.New => lastId = (lastId ?? LargestId(write)) + 1,
                _ => null,
            };
            mentions.Add(
            [
                row.DocumentId, candidate.EntityId, actorId, resolution.Outcome.ToString(), resolution.Reason,
                resolution.Refused.IsEmpty ? null : string.Join(' ', resolution.Refused), candidate.Name, candidate.Role,
                candidate.Affiliation, candidate.Code?.Value, date, candidate.EventsAsSource, candidate.EventsAsTarget,
                actorId is null ? null : AliasesJson(candidate.Aliases),
            ]);
            if (actorId is not { } id)
            {
                continue;
            }

            taken.Add(id);
            aliases.AddRange(candidate.Aliases.Select(a => (id, a)));
            facets.AddRange(Facets(candidate.Code?.Value, candidate.AffiliationKey, candidate.Role).Select(f => (id, f.Facet, f.Value)));
            if (resolution.Outcome == ActorOutcome.New)
            {
                created.Add((id, candidate)); // created with its document, counts and shown name (NewActors)
                continue;
            }

            // The display name is the Name alias most documents state: one more document for the name already shown
            // cannot change it, so only a mention with another Name alias recomputes it. The lookup read the joined
            // actor (its name is as stored: names change only after the document's last entity, by Rename).
            joined.Add((id, candidate.EventsAsSource, candidate.EventsAsTarget));
            var shown = lookup.Summary(id) ?? throw new InvalidOperationException($"Actor {id} was joined but cannot be read.");
            if (candidate.Aliases.Any(a => a.Kind == AliasKind.Name && (a.Surface != shown.Name || a.Key != shown.NameKey)))
            {
                renames.Add(id);
            }
        }

        NewActors(write, created);
        RowInserter.Update(
            write.Commands,
            write.Transaction,
            "corpus_actors",
            "documents = documents + 1, events_source = events_source + v.column2, events_target = events_target + v.column3",
            "corpus_actors.id = v.column1",
            3,
            joined.Count,
            (i, c) => c switch { 0 => joined[i].Id, 1 => joined[i].Source, _ => joined[i].Target });

        var tx = write.Transaction;
        RowInserter.Insert(write.Commands, tx, "corpus_actor_mentions", MentionColumns, mentions.Count, (i, c) => mentions[i][c]);
        RowInserter.Insert(
            write.Commands,
            tx,
            "corpus_actor_aliases",
            ["actor_id", "kind", "key", "skeleton", "surface", "documents"],
            aliases.Count,
            (i, c) => c switch
            {
                0 => aliases[i].Actor,
                1 => aliases[i].Alias.Kind.ToString(),
                2 => aliases[i].Alias.Key,
                3 => NameKey.Skeleton(aliases[i].Alias.Key),
                4 => aliases[i].Alias.Surface,
                _ => 1,
            },
            "ON CONFLICT (actor_id, kind, key, surface) DO UPDATE SET documents = documents + 1");
        RowInserter.Insert(
            write.Commands,
            tx,
            "corpus_actor_facets",
            ["actor_id", "facet", "value", "documents"],
            facets.Count,
            (i, c) => c switch { 0 => facets[i].Actor, 1 => facets[i].Facet, 2 => facets[i].Value, _ => 1 },
            "ON CONFLICT (actor_id, facet, value) DO UPDATE SET documents = documents + 1");
        foreach (var id in renames)
        {
            Rename(write, id);
        }
    }

    private static readonly string[] MentionColumns =
        ["document_id", "entity_id", "actor_id", "outcome", "reason", "refused", "name", "role", "affiliation", "code", "date", "events_source", "events_target", "aliases"];

    // The aliases a mention added to its actor, kept with the mention so removing the document takes them back.
    // Written with the JSON writer directly (the serializer's reflection cost more than the rest of the row); the
    // default encoder, as JsonSerializer uses, so the text is the same.
    private static string AliasesJson(IEnumerable<ActorAlias> aliases)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var a in aliases)
            {
                w.WriteStartArray();
                w.WriteStringValue(a.Kind.ToString());
                w.WriteStringValue(a.Key);
                w.WriteStringValue(a.Surface);
                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public void Remove(CorpusWrite write, string documentId)
    {
        var rows = new List<(long Actor, string? Code, string? Affiliation, string? Role, long Source, long Target)>();
        var aliases = new List<(long Actor, string Kind, string Key, string Surface)>();
        using (var r = write.Commands.Get("SELECT actor_id, code, affiliation, role, events_source, events_target, aliases FROM corpus_actor_mentions WHERE document_id = $d AND actor_id IS NOT NULL ORDER BY entity_id", write.Transaction, ("$d", documentId)).ExecuteReader())
        {
            while (r.Read())
            {
                var actor = r.GetInt64(0);
                rows.Add((actor, r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4), r.GetInt64(5)));
                foreach (var alias in r.IsDBNull(6) ? [] : JsonSerializer.Deserialize<string[][]>(r.GetString(6)) ?? [])
                {
                    aliases.Add((actor, alias[0], alias[1], alias[2]));
                }
            }
        }

        foreach (var (actor, kind, key, surface) in aliases)
        {
            Exec(write, "UPDATE corpus_actor_aliases SET documents = documents - 1 WHERE actor_id = $a AND kind = $k AND key = $key AND surface = $s", ("$a", actor), ("$k", kind), ("$key", key), ("$s", surface));
            Exec(write, "DELETE FROM corpus_actor_aliases WHERE actor_id = $a AND kind = $k AND key = $key AND surface = $s AND documents <= 0", ("$a", actor), ("$k", kind), ("$key", key), ("$s", surface));
        }

        foreach (var (actor, code, affiliation, role, source, target) in rows)
        {
            Exec(write, "UPDATE corpus_actors SET documents = documents - 1, events_source = events_source - $s, events_target = events_target - $t WHERE id = $id", ("$s", source), ("$t", target), ("$id", actor));
            var affiliationKey = affiliation is null ? null : NameKey.Of(affiliation) is { Length: > 0 } k ? k : null;
            foreach (var (facet, value) in Facets(code, affiliationKey, role))
            {
                Exec(write, "UPDATE corpus_actor_facets SET documents = documents - 1 WHERE actor_id = $a AND facet = $f AND value = $v", ("$a", actor), ("$f", facet), ("$v", value));
                Exec(write, "DELETE FROM corpus_actor_facets WHERE actor_id = $a AND facet = $f AND value = $v AND documents <= 0", ("$a", actor), ("$f", facet), ("$v", value));
            }

            // An actor no document mentions any more disappears (its aliases and facets with it).
            if (Exec(write, "DELETE FROM corpus_actors WHERE id = $id AND documents <= 0", ("$id", actor)) == 0)
            {
                Rename(write, actor);
            }
        }

        Exec(write, "DELETE FROM corpus_actor_mentions WHERE document_id = $d", ("$d", documentId));
    }

    /// <inheritdoc />
    public void Clear(CorpusWrite write)
    {
        foreach (var table in (string[])["corpus_actor_mentions", "corpus_actor_facets", "corpus_actor_aliases", "corpus_actors"])
        {
            Exec(write, "DELETE FROM " + table);
        }
    }

    private static IEnumerable<(string Facet, string Value)> Facets(string? code, string? affiliationKey, string? role)
    {
        if (code is not null)
        {
            yield return (ActorFacets.Code, code);
        }

        if (affiliationKey is not null)
        {
            yield return (ActorFacets.Affiliation, affiliationKey);
        }

        if (role is not null)
        {
            yield return (ActorFacets.Role, role.ToLowerInvariant());
        }
    }

    // The largest actor id so far (0 for none): SQLite gives a new row the largest rowid plus one.
    private static long LargestId(CorpusWrite write) =>
        write.Commands.Get("SELECT MAX(id) FROM corpus_actors", write.Transaction).ExecuteScalar() is long id ? id : 0;

    // The document's new actors, each counted with its first document and named as Rename would name it from that
    // document's aliases (each stated by one document): one statement for all instead of an insert, an update and a
    // rename each.
    private static void NewActors(CorpusWrite write, List<(long Id, ActorCandidate Candidate)> created)
    {
        var rows = created.Select(c => (c.Id, c.Candidate, Shown: ShownName(c.Candidate))).ToList();
        RowInserter.Insert(
            write.Commands,
            write.Transaction,
            "corpus_actors",
            ["id", "type", "name", "name_key", "documents", "events_source", "events_target"],
            rows.Count,
            (i, c) => c switch
            {
                0 => rows[i].Id,
                1 => rows[i].Candidate.Type.ToString(),
                2 => rows[i].Shown.Name,
                3 => rows[i].Shown.Key,
                4 => 1,
                5 => rows[i].Candidate.EventsAsSource,
                _ => rows[i].Candidate.EventsAsTarget,
            });
    }

    private static (string Name, string Key) ShownName(ActorCandidate candidate)
    {
        var names = candidate.Aliases.Where(a => a.Kind == AliasKind.Name).ToList();
        var name = names.Count == 0 ? candidate.Name : names.OrderByDescending(a => SqlLength(a.Surface)).ThenBy(a => a.Surface, SqlBinary).First().Surface;
        var key = names.Count == 0 ? candidate.Key
            : names.OrderByDescending(a => a.Key.Contains(' ', StringComparison.Ordinal)).ThenByDescending(a => SqlLength(a.Surface)).ThenBy(a => a.Surface, SqlBinary).First().Key;
        return (name, key);
    }

    // SQLite's length() of a text: its characters (code points), not UTF-16 units.
    private static int SqlLength(string text) => text.EnumerateRunes().Count();

    // SQLite's BINARY collation: the UTF-8 bytes compared (code point order), not UTF-16 units.
    private static readonly Comparer<string> SqlBinary = Comparer<string>.Create(
        (x, y) => System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y)));

    // The display name: the Name alias most documents state, then the longest, then in ordinal order (deterministic);
    // the name key: of the most stated Name alias of several words when there is one, so an actor that has a full name
    // is no longer taken for a surname-only one.
    private static void Rename(CorpusWrite write, long id) =>
        Exec(
            write,
            "UPDATE corpus_actors SET name = (SELECT surface FROM corpus_actor_aliases WHERE actor_id = $id AND kind = 'Name' ORDER BY documents DESC, length(surface) DESC, surface LIMIT 1), name_key = (SELECT key FROM corpus_actor_aliases WHERE actor_id = $id AND kind = 'Name' ORDER BY instr(key, ' ') > 0 DESC, documents DESC, length(surface) DESC, surface LIMIT 1) WHERE id = $id AND EXISTS (SELECT 1 FROM corpus_actor_aliases WHERE actor_id = $id AND kind = 'Name')",
            ("$id", id));

    private static int Exec(CorpusWrite write, string sql, params ReadOnlySpan<(string Name, object? Value)> args) =>
        write.Commands.Get(sql, write.Transaction, args).ExecuteNonQuery();
}
