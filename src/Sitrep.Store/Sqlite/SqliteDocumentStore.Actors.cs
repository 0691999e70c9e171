using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.Corpus.Actors;

namespace Sitrep.Store.Sqlite;

/// <summary>Queries over the actors index (issue 10 point 4; tables of migration <c>corpus_actors</c>).</summary>
public sealed partial class SqliteDocumentStore : IActorQueries
{
    /// <summary>Most actors <see cref="FindActorsAsync"/> returns.</summary>
    public const int MaxFoundActors = 50;

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorListing>> TopActorsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Locked<IReadOnlyList<ActorListing>>(() => [.. ActorIds("SELECT id FROM corpus_actors ORDER BY documents DESC, id LIMIT $n", ("$n", limit)).Select(Listing).OfType<ActorListing>()], cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorListing>> FindActorsAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = NameKey.Of(PersonTitles.Default.Strip(name, null));
        var acronym = ActorCandidates.AcronymOf(name.Trim());
        return Locked<IReadOnlyList<ActorListing>>(
            () =>
            {
                var ids = new HashSet<long>();
                var fuzzy = key.Length >= NameKey.MinFuzzyLength;
                var sql = fuzzy
                    ? "SELECT actor_id, key FROM corpus_actor_aliases WHERE kind = $kind AND skeleton = $k LIMIT 1000"
                    : "SELECT actor_id, key FROM corpus_actor_aliases WHERE kind = $kind AND key = $k LIMIT 1000";
                foreach (var kind in (AliasKind[])[AliasKind.Name, AliasKind.Surname, AliasKind.Mention])
                {
                    using var r = _commands.Get(sql, null, ("$kind", kind.ToString()), ("$k", fuzzy ? NameKey.Skeleton(key) : key)).ExecuteReader();
                    while (r.Read())
                    {
                        if (!fuzzy || NameKey.Matches(key, r.GetString(1)))
                        {
                            ids.Add(r.GetInt64(0));
                        }
                    }
                }

                if (acronym is not null)
                {
                    ids.UnionWith(ActorIds("SELECT actor_id FROM corpus_actor_aliases WHERE kind = 'Acronym' AND key = $k", ("$k", acronym)));
                }

                return [.. ids.Select(Listing).OfType<ActorListing>().OrderByDescending(a => a.Documents).ThenBy(a => a.Id).Take(MaxFoundActors)];
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ActorTimeline?> GetActorAsync(long id, CancellationToken cancellationToken = default) =>
        Locked(() => Timeline(id), cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ActorTimeline> AllActorsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Ids first, then one actor at a time: the gate is never held while the caller works.
        var ids = await Locked(() => ActorIds("SELECT id FROM corpus_actors ORDER BY documents DESC, id"), cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            if (await GetActorAsync(id, cancellationToken).ConfigureAwait(false) is { } timeline)
            {
                yield return timeline;
            }
        }
    }

    private List<long> ActorIds(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var ids = new List<long>();
        using var r = _commands.Get(sql, null, args).ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetInt64(0));
        }

        return ids;
    }

    private ActorListing? Listing(long id)
    {
        string type, name;
        long documents, source, target;
        using (var r = _commands.Get("SELECT type, name, documents, events_source, events_target FROM corpus_actors WHERE id = $id", null, ("$id", id)).ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            (type, name, documents, source, target) = (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
        }

        var codes = Strings("SELECT value FROM corpus_actor_facets WHERE actor_id = $id AND facet = 'code' ORDER BY documents DESC, value", id);
        var aliases = Strings("SELECT surface FROM corpus_actor_aliases WHERE actor_id = $id GROUP BY surface ORDER BY SUM(documents) DESC, surface", id);
        return new ActorListing(id, type, name, codes, documents, source, target, aliases);
    }

    private ActorTimeline? Timeline(long id)
    {
        if (Listing(id) is not { } listing)
        {
            return null;
        }

        var roles = Periods("SELECT role, affiliation, MIN(date), MAX(date), group_concat(document_id, ' ') FROM (SELECT role, affiliation, date, document_id FROM corpus_actor_mentions WHERE actor_id = $id AND (role IS NOT NULL OR affiliation IS NOT NULL) ORDER BY document_id) GROUP BY role, affiliation ORDER BY MIN(date), role, affiliation", id);
        var codes = Periods("SELECT code, NULL, MIN(date), MAX(date), group_concat(document_id, ' ') FROM (SELECT code, date, document_id FROM corpus_actor_mentions WHERE actor_id = $id AND code IS NOT NULL ORDER BY document_id) GROUP BY code ORDER BY MIN(date), code", id);
        return new ActorTimeline(listing, roles, codes);
    }

    private ImmutableArray<string> Strings(string sql, long id)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        using var r = _commands.Get(sql, null, ("$id", id)).ExecuteReader();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list.ToImmutable();
    }

    private ImmutableArray<ActorPeriod> Periods(string sql, long id)
    {
        var list = ImmutableArray.CreateBuilder<ActorPeriod>();
        using var r = _commands.Get(sql, null, ("$id", id)).ExecuteReader();
        while (r.Read())
        {
            list.Add(new ActorPeriod(
                r.IsDBNull(0) ? string.Empty : r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                Date(r, 2),
                Date(r, 3),
                [.. r.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries)]));
        }

        return list.ToImmutable();
    }
}
