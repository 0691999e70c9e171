using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Corpus.Actors;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>
/// The corpus's actors by alias, read inside the storing transaction (issue 10 point 4): an indexed lookup by (kind,
/// key), or for a key long enough to match at one vowel edit by (kind, skeleton) then <see cref="NameKey.Matches"/>.
/// At most <see cref="MaxActors"/> actors per lookup, so one costs the same whatever the store holds.
/// </summary>
internal sealed class ActorLookup : IActorLookup
{
    /// <summary>Most actors one lookup returns (the oldest).</summary>
    public const int MaxActors = 32;

    private readonly CorpusWrite _write;

    // Summaries read for this document: an actor found by several steps or entities is read once (a document's own
    // writes reach the aliases and facets only after its last entity is resolved, see ActorIndex.Add).
    private readonly Dictionary<long, ActorSummary?> _summaries = [];

    /// <summary>Creates a lookup over the open transaction, for one document.</summary>
    public ActorLookup(CorpusWrite write) => _write = write;

    /// <inheritdoc />
    public IReadOnlyList<ActorSummary> Find(AliasKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return [];
        }

        var ids = new SortedDictionary<long, HashSet<string>>();
        var fuzzy = kind != AliasKind.Acronym && key.Length >= NameKey.MinFuzzyLength;
        var sql = fuzzy
            ? "SELECT actor_id, key, surface FROM corpus_actor_aliases WHERE kind = $kind AND skeleton = $k LIMIT 256"
            : "SELECT actor_id, key, surface FROM corpus_actor_aliases WHERE kind = $kind AND key = $k LIMIT 256";
        using (var r = _write.Commands.Get(sql, _write.Transaction, ("$kind", kind.ToString()), ("$k", fuzzy ? NameKey.Skeleton(key) : key)).ExecuteReader())
        {
            while (r.Read())
            {
                if (!fuzzy || NameKey.Matches(key, r.GetString(1)))
                {
                    var id = r.GetInt64(0);
                    if (!ids.TryGetValue(id, out var spellings))
                    {
                        ids[id] = spellings = [];
                    }

                    spellings.Add(NameKey.Spelling(r.GetString(2)));
                }
            }
        }

        return [.. ids.Take(MaxActors).Select(p => Summary(p.Key) is { } a ? a with { MatchedSpellings = [.. p.Value.Order(StringComparer.Ordinal)] } : null).OfType<ActorSummary>()];
    }

    /// <summary>The actor with <paramref name="id"/>, with its codes, affiliations and roles; null when there is none.</summary>
    public ActorSummary? Summary(long id)
    {
        if (!_summaries.TryGetValue(id, out var summary))
        {
            _summaries[id] = summary = Read(id);
        }

        return summary;
    }

    private ActorSummary? Read(long id)
    {
        string type, name, nameKey;
        using (var r = _write.Commands.Get("SELECT type, name, name_key FROM corpus_actors WHERE id = $id", _write.Transaction, ("$id", id)).ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            (type, name, nameKey) = (r.GetString(0), r.GetString(1), r.GetString(2));
        }

        var codes = ImmutableArray.CreateBuilder<string>();
        var affiliations = ImmutableArray.CreateBuilder<string>();
        var roles = ImmutableArray.CreateBuilder<string>();
        using (var r = _write.Commands.Get("SELECT facet, value FROM corpus_actor_facets WHERE actor_id = $id ORDER BY facet, value", _write.Transaction, ("$id", id)).ExecuteReader())
        {
            while (r.Read())
            {
                (r.GetString(0) switch { ActorFacets.Code => codes, ActorFacets.Affiliation => affiliations, _ => roles }).Add(r.GetString(1));
            }
        }

        return new ActorSummary(id, Enum.Parse<EntityType>(type), name, nameKey, codes.ToImmutable(), affiliations.ToImmutable(), roles.ToImmutable());
    }
}
