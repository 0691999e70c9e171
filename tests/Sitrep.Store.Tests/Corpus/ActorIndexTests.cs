using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Store.Export;
using Sitrep.Store.Sqlite;
using Sitrep.Store.Sqlite.Corpus;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>Issue 10 point 4 (and 6): the actors index across stored documents, incremental, exact on removal, rebuilt alike.</summary>
[Trait("Issue", "10")]
public sealed class ActorIndexTests
{
    private static Task<SqliteDocumentStore> OpenAsync() =>
        SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, new SqliteStoreOptions { CorpusIndexes = [new ActorIndex()] });

    // A document naming one entity (with role, affiliation, code) by each name given, one sentence per name.
    private static Document Doc(string id, string date, params (EntityType Type, string Name, string? Role, string? Code, string? Acronym)[] entities)
    {
        var text = string.Join(" ", entities.Select(e => e.Name + " spoke."));
        var mentions = new List<Mention>();
        var at = 0;
        for (var i = 0; i < entities.Length; i++)
        {
            mentions.Add(new Mention(new TextSpan(at, at + entities[i].Name.Length), i, MentionKind.Name));
            at += entities[i].Name.Length + " spoke. ".Length;
        }

        return new Document(id, text, new DocumentMetadata { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) })
        {
            Entities = [.. entities.Select((e, i) => new Entity(i, e.Type, e.Name, e.Role, null, e.Acronym))],
            Mentions = [.. mentions],
            Actors = [.. entities.Select((e, i) => (e, i)).Where(x => x.e.Code is not null).Select(x => new ActorAssignment(x.i, ActorCode.Parse(x.e.Code!), "test", "test"))],
            Events = entities.Length > 1
                ? [new DocumentEvent(new EventActor(ActorCode.Parse(entities[0].Code ?? "XXX"), entities[0].Name, mentions[0].Span, 0), new EventActor(ActorCode.Parse(entities[1].Code ?? "XXX"), entities[1].Name, mentions[1].Span, 1), EventCode.Parse("010"), 0, default, mentions[0].Span, mentions[0].Span, mentions[0].Span, null, 1, "r", false)]
                : [],
        };
    }

    private static (EntityType, string, string?, string?, string?) P(string name, string? role, string? code) => (EntityType.Person, name, role, code, null);

    private static (EntityType, string, string?, string?, string?) O(string name, string? code, string? acronym = null) => (EntityType.Org, name, null, code, acronym);

    private static async Task<string> SnapshotAsync(SqliteDocumentStore store)
    {
        using var w = new StringWriter();
        await ActorExporter.WriteJsonlAsync(store.AllActorsAsync(), w);
        return w.ToString();
    }

    [Fact]
    public async Task Save_VariantSpellingsWithRoles_OneActorWithItsTimeline()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Haftar", "commander", "LBYMIL")));
        await store.SaveAsync(Doc("b", "2020-02-01", P("Field Marshal Hifter", "Field Marshal", "LBYMIL")));

        var found = Assert.Single(await store.FindActorsAsync("Heftar"));
        var timeline = (await store.GetActorAsync(found.Id))!;

        Assert.Equal(("Khalifa Haftar", 2L), (found.Name, found.Documents));
        Assert.Equal(["Haftar", "Hifter", "Khalifa Haftar"], found.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(["commander 2020-01-08 a", "Field Marshal 2020-02-01 b"], timeline.Roles.Select(r => $"{r.Value} {r.First:yyyy-MM-dd} {string.Join(' ', r.Documents)}"));
        Assert.Equal(["LBYMIL 2020-01-08 2020-02-01"], timeline.Codes.Select(c => $"{c.Value} {c.First:yyyy-MM-dd} {c.Last:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task Save_SameNameDifferentCountries_TwoActors()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("John Smith", "senator", "USAGOV")));
        await store.SaveAsync(Doc("b", "2020-01-09", P("John Smith", "minister", "GBRGOV")));

        var found = await store.FindActorsAsync("Smith");

        Assert.Equal(["GBRGOV", "USAGOV"], found.Select(a => Assert.Single(a.Codes)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Save_AcronymAloneInALaterDocument_JoinsTheLongForm()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", O("Libyan National Army", "LBYMIL", "LNA")));
        await store.SaveAsync(Doc("b", "2020-01-09", O("LNA", "LBYMIL")));

        var actor = Assert.Single(await store.TopActorsAsync(10));

        Assert.Equal(("Libyan National Army", 2L), (actor.Name, actor.Documents));
        Assert.Equal(actor.Id, Assert.Single(await store.FindActorsAsync("LNA")).Id);
    }

    [Fact]
    public async Task Save_Events_CountedAsSourceAndTarget()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Fathi Bashagha", "Interior Minister", "LBYGOV"), P("Khalifa Haftar", "commander", "LBYMIL")));

        var bashagha = Assert.Single(await store.FindActorsAsync("Bashagha"));
        var haftar = Assert.Single(await store.FindActorsAsync("Haftar"));

        Assert.Equal((1L, 0L, 0L, 1L), (bashagha.EventsAsSource, bashagha.EventsAsTarget, haftar.EventsAsSource, haftar.EventsAsTarget));
    }

    [Fact]
    public async Task Remove_ADocument_TakesBackExactlyItsSupport()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Haftar", "commander", "LBYMIL")));
        var alone = await SnapshotAsync(store);
        await store.SaveAsync(Doc("b", "2020-02-01", P("Hifter", "Field Marshal", "LBYMIL"), O("Libyan National Army", "LBYMIL", "LNA")));

        await store.SaveFailureAsync(new DocumentFailure("b", DiagnosticCode.EmptyInput, "empty", null));

        Assert.Equal(alone, await SnapshotAsync(store));
    }

    [Fact]
    public async Task Remove_TheLastDocumentOfAnActor_ActorGone()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Haftar", "commander", "LBYMIL")));

        await store.SaveFailureAsync(new DocumentFailure("a", DiagnosticCode.EmptyInput, "empty", null));

        Assert.Empty(await store.TopActorsAsync(10));
        Assert.Empty(await store.FindActorsAsync("Haftar"));
    }

    [Fact]
    public async Task Replace_ADocument_CountsItOnce()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Haftar", "commander", "LBYMIL")));
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Hifter", "commander", "LBYMIL")));

        var actor = Assert.Single(await store.TopActorsAsync(10));

        Assert.Equal(("Khalifa Hifter", 1L), (actor.Name, actor.Documents));
    }

    [Fact]
    public async Task Rebuild_SameInput_EqualsIncremental()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Doc("a", "2020-01-08", P("Khalifa Haftar", "commander", "LBYMIL"), O("Libyan National Army", "LBYMIL", "LNA")));
        await store.SaveAsync(Doc("b", "2020-01-09", P("Hifter", "Field Marshal", "LBYMIL"), P("Fayez al-Serraj", "Prime Minister", "LBYGOV")));
        await store.SaveAsync(Doc("c", "2020-01-10", P("Sarraj", null, "LBYGOV"), O("LNA", "LBYMIL")));
        await store.SaveAsync(Doc("d", "2020-01-11", P("John Smith", null, "USAGOV"), P("Jane Smith", null, "USAGOV")));
        await store.SaveAsync(Doc("e", "2020-01-12", P("Mr Smith", null, "USAGOV")));
        var incremental = await SnapshotAsync(store);

        await store.RebuildCorpusAsync();

        Assert.Equal(incremental, await SnapshotAsync(store));
        Assert.Equal(4, (await store.TopActorsAsync(50)).Count(a => a.Type == "Person"));
    }
}
