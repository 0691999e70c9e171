using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store.Tests;

/// <summary>
/// The behaviour every <see cref="IDocumentStore"/> backend must have (STYLE §5: one abstract contract suite, one
/// subclass per backend, like Dapper's TestBase&lt;TProvider&gt;).
/// </summary>
public abstract class DocumentStoreContract : IAsyncLifetime
{
    private readonly List<IDocumentStore> _open = [];

    /// <summary>Opens the database named <paramref name="name"/>; opening the same name again reopens the same data.</summary>
    protected abstract Task<IDocumentStore> OpenStoreAsync(string name);

    protected async Task<IDocumentStore> OpenAsync(string name = "main")
    {
        var store = await OpenStoreAsync(name);
        _open.Add(store);
        return store;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var s in _open)
        {
            await s.DisposeAsync();
        }
    }

    // Issue 9 point 2: a document whose later stage failed keeps its earlier layers, reads back as partial with the
    // stage and message, lists with the processed documents, and is never up to date for a re-run.
    [Fact]
    public async Task SaveAsync_PartialDocument_StoredWithLayersAsPartialAndReprocessedOnRerun()
    {
        var store = await OpenAsync();
        var full = SampleDocuments.Full();
        var partial = full.WithDiagnostic(new Diagnostic("geocoder.v1", DiagnosticCode.StageFailed, Severity.Error, "Stage 'geocoder.v1' failed: Index was outside the bounds of the array."));

        Assert.Equal(SaveOutcome.Stored, await store.SaveAsync(partial));

        var stored = await store.GetAsync(full.Id);
        Assert.NotNull(stored);
        Assert.Equal(DocumentStatus.Partial, stored.Status);
        Assert.Equal(DiagnosticCode.StageFailed, stored.FailureCode);
        Assert.Contains("geocoder.v1", stored.FailureReason, StringComparison.Ordinal);
        Assert.Equal(full.Entities.Length, stored.Document!.Entities.Length);
        Assert.Contains(full.Id, await ToListAsync(store.ListAsync(DocumentStatus.Ok)));
        Assert.Equal([full.Id], await ToListAsync(store.ListAsync(DocumentStatus.Partial)));
        Assert.False((await store.GetFingerprintsAsync()).ContainsKey(full.Id));

        // The same text again, now complete (the bug fixed): replaced, not unchanged, and no longer partial.
        Assert.Equal(SaveOutcome.Replaced, await store.SaveAsync(full));
        Assert.Equal(DocumentStatus.Ok, (await store.GetAsync(full.Id))!.Status);
        Assert.True((await store.GetFingerprintsAsync()).ContainsKey(full.Id));
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<StoredDocument> documents)
    {
        var ids = new List<string>();
        await foreach (var d in documents)
        {
            ids.Add(d.Id);
        }

        return ids;
    }

    [Fact]
    public async Task SaveAsync_NewDocument_Stored()
    {
        var store = await OpenAsync();

        Assert.Equal(SaveOutcome.Stored, await store.SaveAsync(SampleDocuments.Full()));

        var counts = await store.CountAsync();
        Assert.Equal((1L, 4L, 5L, 2L, 2L), (counts.Documents, counts.Entities, counts.Mentions, counts.Quotes, counts.Diagnostics));
    }

    [Fact]
    public async Task SaveAsync_SameIdSameText_UnchangedAndNotDuplicated()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Full());
        var before = await store.CountAsync();

        Assert.Equal(SaveOutcome.Unchanged, await store.SaveAsync(SampleDocuments.Full()));

        Assert.Equal(before, await store.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_SameIdNewText_ReplacedWithNewLayers()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Full());

        Assert.Equal(SaveOutcome.Replaced, await store.SaveAsync(SampleDocuments.Plain("doc-1", "New text.")));

        var stored = await store.GetAsync("doc-1");
        Assert.Equal("New text.", stored!.Document!.Text);
        Assert.Empty(stored.Document.Mentions);
        Assert.Equal(ContentHash.Of("New text."), stored.ContentHash);
        var counts = await store.CountAsync();
        Assert.Equal((1L, 0L, 0L), (counts.Documents, counts.Entities, counts.Quotes));
    }

    [Fact]
    public async Task GetAsync_HandBuiltDocument_RoundTripsEveryLayer()
    {
        var store = await OpenAsync();
        var original = SampleDocuments.Full();
        await store.SaveAsync(original, sourceName: "in/doc-1.txt");

        var stored = await store.GetAsync("doc-1");

        Assert.NotNull(stored);
        Assert.Equal(DocumentStatus.Ok, stored.Status);
        Assert.Equal("in/doc-1.txt", stored.SourceName);
        var back = stored.Document!;
        Assert.Equal(original.Id, back.Id);
        Assert.Equal(original.Text, back.Text);
        Assert.Equal(original.Metadata.Date, back.Metadata.Date);
        Assert.Equal((original.Metadata.Title, original.Metadata.Url, original.Metadata.Source, original.Metadata.Dateline), (back.Metadata.Title, back.Metadata.Url, back.Metadata.Source, back.Metadata.Dateline));
        Assert.Equal(original.Metadata.Headings.ToArray(), back.Metadata.Headings.ToArray());
        Assert.Equal(original.Metadata.Credits.Reporting.ToArray(), back.Metadata.Credits.Reporting.ToArray());
        Assert.Equal(original.Metadata.Credits.Editing.ToArray(), back.Metadata.Credits.Editing.ToArray());
        Assert.Empty(back.Metadata.Credits.Writing);
        Assert.Equal(original.SourceMap!.Segments.ToArray(), back.SourceMap!.Segments.ToArray());
        Assert.Equal(original.Layers.Order(), back.Layers.Order());
        Assert.Equal(original.Zones.ToArray(), back.Zones.ToArray());
        Assert.Equal(original.Entities.ToArray(), back.Entities.ToArray());
        Assert.Equal(original.Actors.ToArray(), back.Actors.ToArray());
        Assert.Equal(original.Alignments.ToArray(), back.Alignments.ToArray());
        Assert.Equal(original.Events.Select(e => e with { Place = null }), back.Events.Select(e => e with { Place = null }));
        Assert.Equal(
            original.Events.Select(e => (e.Place?.Place.Span, e.Place?.Place.GeonameId, e.Place?.Precision, e.Place?.Rule)),
            back.Events.Select(e => (e.Place?.Place.Span, e.Place?.Place.GeonameId, e.Place?.Precision, e.Place?.Rule)));
        Assert.Equal(original.GenericActors.ToArray(), back.GenericActors.ToArray());
        Assert.Equal(original.Mentions.ToArray(), back.Mentions.ToArray());
        Assert.Equal(original.Quotes.ToArray(), back.Quotes.ToArray());
        Assert.Equal(original.Diagnostics.ToArray(), back.Diagnostics.ToArray());
        Assert.Equal(original.Places.Length, back.Places.Length);
        foreach (var (a, b) in original.Places.Zip(back.Places))
        {
            Assert.Equal(a with { Candidates = [] }, b with { Candidates = [] });
            Assert.Equal(a.Candidates.ToArray(), b.Candidates.ToArray());
        }
    }

    [Fact]
    [Trait("Issue", "10")]
    public async Task GetAsync_Assertions_RoundTripEveryField()
    {
        var store = await OpenAsync();
        var original = SampleDocuments.Full();
        var unasserted = SampleDocuments.Full("doc-2") is var d ? d with { Events = [.. d.Events.Select(e => e with { AssertedBy = null })] } : null;
        await store.SaveAsync(original);
        await store.SaveAsync(unasserted!);

        var back = (await store.GetAsync("doc-1"))!.Document!;
        var none = (await store.GetAsync("doc-2"))!.Document!;

        Assert.True(back.Has(LayerKind.Assertions));
        Assert.Equal(original.Events.Select(e => e.AssertedBy), back.Events.Select(e => e.AssertedBy));
        Assert.Equal(("statement", AssertionKind.Reporter, (int?)1), (back.Events[0].AssertedBy!.Medium, back.Events[1].AssertedBy!.Kind, back.Events[2].AssertedBy!.Quote));
        Assert.All(none.Events, e => Assert.Null(e.AssertedBy));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task GetAsync_AcledTyping_RoundTripsEveryField()
    {
        var store = await OpenAsync();
        var original = SampleDocuments.Full();
        await store.SaveAsync(original);

        var back = (await store.GetAsync("doc-1"))!.Document!;

        Assert.True(back.Has(LayerKind.GenericActors));
        Assert.Equal(original.GenericActors.ToArray(), back.GenericActors.ToArray());
        Assert.Equal(original.Events.Select(e => e.Acled), back.Events.Select(e => e.Acled));
        Assert.Equal(original.Events.Select(e => (e.Fatalities, e.Injuries)), back.Events.Select(e => (e.Fatalities, e.Injuries)));
        Assert.Equal(
            original.Events.Select(e => (e.Source?.Category, e.Source?.Generic, e.Source?.Rule, e.Target?.Category, e.Target?.Generic, e.Target?.Rule)),
            back.Events.Select(e => (e.Source?.Category, e.Source?.Generic, e.Source?.Rule, e.Target?.Category, e.Target?.Generic, e.Target?.Rule)));
        Assert.Null(back.Events[0].Acled);
        Assert.Null(back.Events[1].Acled!.SubEventType);
        Assert.Equal((6, true), (back.Events[2].Fatalities!.Count, back.Events[2].Injuries!.Vague));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task SaveAsync_ReplacedDocument_OldGenericActorsGone()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Full());

        await store.SaveAsync(SampleDocuments.Plain("doc-1", "New text."));

        Assert.Empty((await store.GetAsync("doc-1"))!.Document!.GenericActors);
    }

    [Fact]
    public async Task GetAsync_UnknownId_Null()
    {
        var store = await OpenAsync();

        Assert.Null(await store.GetAsync("nope"));
    }

    [Fact]
    public async Task SaveFailureAsync_FailedInput_KeptWithReason()
    {
        var store = await OpenAsync();

        await store.SaveFailureAsync(new DocumentFailure("bad", DiagnosticCode.NotUtf8, "not valid UTF-8: byte 0xFF at offset 3", "in/bad.txt"));

        var stored = await store.GetAsync("bad");
        Assert.Equal(DocumentStatus.Failed, stored!.Status);
        Assert.Equal(DiagnosticCode.NotUtf8, stored.FailureCode);
        Assert.Equal("not valid UTF-8: byte 0xFF at offset 3", stored.FailureReason);
        Assert.Null(stored.Document);
        Assert.Equal(1, (await store.CountAsync()).Failed);
    }

    [Fact]
    public async Task SaveAsync_AfterFailure_ReplacesFailedRow()
    {
        var store = await OpenAsync();
        await store.SaveFailureAsync(new DocumentFailure("doc-1", DiagnosticCode.StageFailed, "boom", null));

        Assert.Equal(SaveOutcome.Replaced, await store.SaveAsync(SampleDocuments.Full()));

        var counts = await store.CountAsync();
        Assert.Equal((1L, 0L), (counts.Documents, counts.Failed));
    }

    [Fact]
    public async Task SaveAsync_LayerViolatesConstraint_NoPartialRows()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Full("keep"));
        var before = await store.CountAsync();
        var broken = SampleDocuments.Full("broken") with { Mentions = [new Mention(new TextSpan(0, 4), 99, MentionKind.Name)] };

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(broken));

        Assert.Null(await store.GetAsync("broken"));
        Assert.Equal(before, await store.CountAsync());
    }

    [Fact]
    public async Task SaveManyAsync_Batch_OutcomesInOrderSameIdReplacesAndRowsAsOneByOne()
    {
        var batch = SampleDocuments.Batch(4);
        var many = await OpenAsync("many");
        var outcomes = await many.SaveManyAsync(
            [(batch[0], "a"), (batch[1], "b"), (batch[0], "a"), (SampleDocuments.Full(batch[2].Id, batch[2].Text + " Changed."), "c"), (batch[2], "c"), (batch[3], null)]);

        var single = await OpenAsync("single");
        foreach (var doc in batch)
        {
            await single.SaveAsync(doc);
        }

        Assert.Equal("Stored Stored Unchanged Stored Replaced Stored", string.Join(" ", outcomes));
        Assert.Equal(await single.CountAsync(), await many.CountAsync());
        Assert.Equal(batch[2].Text, (await many.GetAsync(batch[2].Id))?.Document?.Text);
    }

    [Fact]
    public async Task SaveManyAsync_OneBrokenDocument_NoneOfTheBatchStored()
    {
        var store = await OpenAsync();
        var broken = SampleDocuments.Full("broken") with { Mentions = [new Mention(new TextSpan(0, 4), 99, MentionKind.Name)] };

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveManyAsync([(SampleDocuments.Full("fine"), null), (broken, null)]));

        Assert.Null(await store.GetAsync("fine"));
        Assert.Null(await store.GetAsync("broken"));
    }

    [Fact]
    public async Task SaveAsync_RerunAfterCrashMidBatch_SameRowCountsAsCleanRun()
    {
        var batch = SampleDocuments.Batch(6);
        var crashed = await OpenAsync("crashed");
        foreach (var doc in batch.Take(4))
        {
            await crashed.SaveAsync(doc);
        }

        await crashed.DisposeAsync(); // the process dies between documents 4 and 5
        _open.Remove(crashed);
        var resumed = await OpenAsync("crashed");
        var outcomes = new List<SaveOutcome>();
        foreach (var doc in batch)
        {
            outcomes.Add(await resumed.SaveAsync(doc));
        }

        var clean = await OpenAsync("clean");
        foreach (var doc in batch)
        {
            await clean.SaveAsync(doc);
        }

        Assert.Equal([.. Enumerable.Repeat(SaveOutcome.Unchanged, 4), SaveOutcome.Stored, SaveOutcome.Stored], outcomes);
        Assert.Equal(await clean.CountAsync(), await resumed.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_SameBatchTwice_NothingDuplicated()
    {
        var store = await OpenAsync();
        var batch = SampleDocuments.Batch(5);
        foreach (var doc in batch)
        {
            await store.SaveAsync(doc);
        }

        var once = await store.CountAsync();
        foreach (var doc in batch)
        {
            Assert.Equal(SaveOutcome.Unchanged, await store.SaveAsync(doc));
        }

        Assert.Equal(once, await store.CountAsync());
        Assert.Equal(5, once.Documents);
    }

    [Fact]
    public async Task ListAsync_Status_FiltersAndOrdersById()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Plain("b", "bee"));
        await store.SaveAsync(SampleDocuments.Plain("a", "ay"));
        await store.SaveFailureAsync(new DocumentFailure("c", DiagnosticCode.EmptyInput, "empty", null));

        var all = new List<string>();
        await foreach (var d in store.ListAsync())
        {
            all.Add(d.Id);
        }

        var ok = new List<string>();
        await foreach (var d in store.ListAsync(DocumentStatus.Ok))
        {
            ok.Add(d.Id);
        }

        Assert.Equal(["a", "b", "c"], all);
        Assert.Equal(["a", "b"], ok);
    }

    [Fact]
    public async Task GetContentHashAsync_StoredDocument_Sha256OfText()
    {
        var store = await OpenAsync();
        await store.SaveAsync(SampleDocuments.Plain("a", "hello"));

        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", await store.GetContentHashAsync("a"));
        Assert.Null(await store.GetContentHashAsync("b"));
    }

    [Fact]
    public async Task BeginRunAsync_Run_RecordedAndDocumentsPointToIt()
    {
        var store = await OpenAsync();
        var run = await store.BeginRunAsync(new RunInfo(["cleaner.v1", "tokenizer.v1"], [], "{\"db\":\"x\"}"));
        await store.SaveAsync(SampleDocuments.Plain("a", "t"), run);
        await store.FinishRunAsync(run, new RunTotals(1, 0, 0), ["person-titles@v1"]);

        Assert.Equal(run, (await store.GetAsync("a"))!.RunId);
        Assert.Equal(1, (await store.CountAsync()).Runs);
    }

    private static Document Dated(string id, string date, string title, string source) =>
        new(id, "Text of " + id + ".", new DocumentMetadata { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Title = title, Source = source });

    private async Task<IDocumentStore> ListedStoreAsync()
    {
        var store = await OpenAsync();
        await store.SaveAsync(Dated("a", "2020-01-05", "Drones over Tripoli", "Reuters"));
        await store.SaveAsync(Dated("b", "2020-02-10", "Talks in Berlin", "BBC"));
        await store.SaveAsync(Dated("c", "2020-03-15", "More drones", "reuters"));
        await store.SaveAsync(SampleDocuments.Full("d"));
        await store.SaveFailureAsync(new DocumentFailure("e", DiagnosticCode.NotUtf8, "not UTF-8", "e.txt"));
        return store;
    }

    [Theory]
    [Trait("Issue", "9")]
    [InlineData(null, null, null, null, null, null, "a b c d e")]
    [InlineData("2020-02-01", null, null, null, null, null, "b c")]
    [InlineData(null, "2020-02-10", null, null, null, null, "a b d")]
    [InlineData(null, null, "REUTERS", null, null, null, "a c d")]
    [InlineData(null, null, null, "failed", null, null, "e")]
    [InlineData(null, null, null, null, "DRONES", null, "a c d")]
    [InlineData(null, null, null, "ok", null, 3, "a b c")]
    [InlineData("2020-01-06", "2020-03-01", null, "ok", "talks", null, "b")]
    public async Task QueryAsync_Filters_MatchingIdsInOrder(string? since, string? until, string? source, string? status, string? title, int? limit, string expected)
    {
        var store = await ListedStoreAsync();
        var query = new DocumentQuery
        {
            Since = since is null ? null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture),
            Until = until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
            Source = source,
            Status = status switch { "ok" => DocumentStatus.Ok, "failed" => DocumentStatus.Failed, _ => null },
            TitleContains = title,
            Limit = limit,
        };

        var ids = new List<string>();
        await foreach (var row in store.QueryAsync(query))
        {
            ids.Add(row.Id);
        }

        Assert.Equal(expected, string.Join(' ', ids));
    }

    [Fact]
    [Trait("Issue", "9")]
    public async Task QueryAsync_Document_MetadataAndLayerCounts()
    {
        var store = await ListedStoreAsync();
        var full = SampleDocuments.Full("d");

        var rows = new List<DocumentListing>();
        await foreach (var row in store.QueryAsync(new DocumentQuery()))
        {
            rows.Add(row);
        }

        Assert.Equal(new DocumentListing("a", DocumentStatus.Ok, new DateOnly(2020, 1, 5), "Drones over Tripoli", "Reuters", null, 0, 0, 0), rows[0]);
        var d = rows.Single(r => r.Id == "d");
        Assert.Equal((full.Entities.Length, full.Quotes.Length, full.Events.Length), (d.Entities, d.Quotes, d.Events));
        Assert.True(d.Entities > 0 && d.Quotes > 0);
        Assert.Equal(DocumentStatus.Failed, rows.Single(r => r.Id == "e").Status);
    }

    [Fact]
    public async Task SaveAsync_SameTextNewPipeline_Replaced()
    {
        var store = await OpenAsync();
        var v1 = await store.BeginRunAsync(new RunInfo(["cleaner.v1"], ["titles@v1"], "{}"));
        var again = await store.BeginRunAsync(new RunInfo(["cleaner.v1"], ["titles@v1"], "{\"other\":\"config\"}"));
        var v2 = await store.BeginRunAsync(new RunInfo(["cleaner.v1"], ["titles@v2"], "{}"));
        Assert.Equal(SaveOutcome.Stored, await store.SaveAsync(SampleDocuments.Full(), v1));
        Assert.Equal(SaveOutcome.Unchanged, await store.SaveAsync(SampleDocuments.Full(), again));
        Assert.Equal(SaveOutcome.Replaced, await store.SaveAsync(SampleDocuments.Full(), v2));
        Assert.Equal(1, (await store.CountAsync()).Documents);
        var fingerprint = (await store.GetFingerprintsAsync())[SampleDocuments.Full().Id];
        Assert.Equal(new RunInfo(["cleaner.v1"], ["titles@v2"], "{}").Signature, fingerprint.Pipeline);
    }

    [Fact]
    public void Signature_DependsOnStagesAndStampsOnly()
    {
        Assert.Equal(new RunInfo(["a.v1"], ["x@v1", "y@v1"], "{}").Signature, new RunInfo(["a.v1"], ["y@v1", "x@v1"], "{\"db\":1}").Signature);
        Assert.NotEqual(new RunInfo(["a.v1"], [], "{}").Signature, new RunInfo(["a.v2"], [], "{}").Signature);
    }
}
