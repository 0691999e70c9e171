using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Corpus.Actors;

namespace Sitrep.Corpus.Tests.Actors;

/// <summary>An in-memory corpus of actors with their aliases, matched as the store matches them.</summary>
internal sealed class FakeActorLookup : IActorLookup
{
    private readonly List<(AliasKind Kind, string Key, string Surface, ActorSummary Actor)> _aliases = [];

    /// <summary>Adds an actor with its name (and, for a person of several words, surname) and an optional acronym.</summary>
    public ActorSummary Add(long id, EntityType type, string name, string? code = null, string? affiliation = null, string? role = null, string? acronym = null)
    {
        var key = NameKey.Of(name);
        var actor = new ActorSummary(
            id,
            type,
            name,
            key,
            code is null ? [] : [code],
            affiliation is null ? [] : [NameKey.Of(affiliation)],
            role is null ? [] : [role.ToLowerInvariant()]);
        _aliases.Add((AliasKind.Name, key, name, actor));
        if (type == EntityType.Person && key.Split(' ') is { Length: > 1 } words)
        {
            _aliases.Add((AliasKind.Surname, words[^1], name.Split(' ')[^1], actor));
        }

        if (acronym is not null)
        {
            _aliases.Add((AliasKind.Acronym, acronym, acronym, actor));
        }

        return actor;
    }

    public IReadOnlyList<ActorSummary> Find(AliasKind kind, string key) =>
        [.. _aliases.Where(a => a.Kind == kind && (kind == AliasKind.Acronym ? a.Key == key : NameKey.Matches(key, a.Key)))
            .GroupBy(a => a.Actor.Id)
            .OrderBy(g => g.Key)
            .Select(g => g.First().Actor with { MatchedSpellings = [.. g.Select(a => NameKey.Spelling(a.Surface))] })];

    /// <summary>A document's person or organisation as resolution sees it.</summary>
    public static ActorCandidate Candidate(EntityType type, string name, string? code = null, string? affiliation = null, string? role = null, string? acronym = null)
    {
        var entity = new Entity(0, type, name, role, affiliation, acronym);
        var doc = new Document("d", name)
        {
            Entities = [entity],
            Actors = code is null ? [] : [new ActorAssignment(0, ActorCode.Parse(code), "test", "test")],
        };
        return ActorCandidates.Of(doc, PersonTitles.Default).Single();
    }

    public static ImmutableHashSet<long> None => [];
}
