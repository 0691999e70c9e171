using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Corpus.Evaluation;
using Sitrep.Corpus.Stories;
using Sitrep.Store.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval stories --corpus DIR [--seed N] [--bases N] [--templates N] [--edits harsh|issue] [--min-f1 X] [--min-precision X]</c>
/// (issue 10 point 8): builds a story test set from the news corpus (<see cref="StoryTestSetBuilder"/>), ingests it in
/// its shuffled order into a fresh in-memory store (the real incremental path of the stories index) and scores the
/// stories pairwise against the gold; the baseline is plain Jaccard over 5-word shingles with every pair compared.
/// Exit 0 when the floors are met, 1 when one is missed, 2 on a missing or malformed corpus.
/// </summary>
internal static class EvalStoriesCommand
{
    private const int Batch = 100;

    private static IAnsiConsole Out => EvalExit.Console;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The news corpus: a directory of JSONL articles (../shared/data/news-corpus).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the test set (default 1).", DefaultValueFactory = _ => 1 };
        var bases = new Option<int>("--bases") { Description = "Articles drawn to be re-published (default 300).", DefaultValueFactory = _ => StoryTestSetOptions.DefaultBases };
        var templates = new Option<int>("--templates") { Description = "Most Reuters template stories taken as negatives (default 300).", DefaultValueFactory = _ => StoryTestSetOptions.DefaultTemplateDocuments };
        var minJaccard = new Option<double>("--min-jaccard") { Description = "Jaccard threshold of the index's verification and of the baseline (default 0.5).", DefaultValueFactory = _ => StoryOptions.DefaultMinJaccard };
        var bands = new Option<int>("--bands") { Description = "LSH bands of the index (default from StoryOptions).", DefaultValueFactory = _ => StoryOptions.DefaultBands };
        var rows = new Option<int>("--rows") { Description = "Rows per LSH band of the index (default from StoryOptions).", DefaultValueFactory = _ => StoryOptions.DefaultRows };
        var edits = new Option<RepublicationStyle>("--edits") { Description = "How re-publications are edited: harsh (1-3 edits combined, the default) or issue (exactly one edit of issue 10's list).", DefaultValueFactory = _ => RepublicationStyle.Harsh };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write the index's wrong pairs (fp: merged, not one story; fn: one story, not merged) as JSON lines with their Jaccard and fact comparison." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Floor on the stories' pairwise F1 (exit 1 below it)." };
        var minPrecision = new Option<double?>("--min-precision") { Description = "Floor on the stories' pairwise precision (exit 1 below it)." };
        var command = new Command(
            "stories",
            "Score stories (near-duplicate re-publications) on a test set drawn from the news corpus: pairwise precision, recall and F1 of the stories index "
            + "(incremental, MinHash-LSH) and of plain Jaccard over 5-word shingles with every pair compared.")
        {
            corpus, seed, bases, templates, edits, minJaccard, bands, rows, minF1, minPrecision, dump,
        };
        command.SetAction(async (r, ct) => await RunAsync(
            r.GetValue(corpus)!, new StoryTestSetOptions { Seed = r.GetValue(seed), Bases = r.GetValue(bases), TemplateDocuments = r.GetValue(templates), Edits = r.GetValue(edits) }, StoryOptions.Default with { MinJaccard = r.GetValue(minJaccard), Bands = r.GetValue(bands), Rows = r.GetValue(rows) }, r.GetValue(minF1), r.GetValue(minPrecision), r.GetValue(dump), Out, ct).ConfigureAwait(false));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    public static async Task<int> RunAsync(DirectoryInfo corpus, StoryTestSetOptions options, StoryOptions stories, double? minF1, double? minPrecision, FileInfo? dump, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stories);
        IReadOnlyList<NewsArticle> articles;
        try
        {
            articles = NewsCorpusReader.Read(corpus.FullName);
        }
        catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return EvalExit.BadInput;
        }

        var set = StoryTestSetBuilder.Build(articles, options);
        var items = set.Items;
        var gold = items.Select(i => i.Story).ToArray();

        var clock = Stopwatch.StartNew();
        var predicted = await IngestAsync(items, stories, cancellationToken).ConfigureAwait(false);
        var indexTime = clock.Elapsed;
        clock.Restart();
        var baseline = JaccardBaseline.Group(items.Select(i => i.Text).ToArray(), stories.MinJaccard);
        var baselineTime = clock.Elapsed;

        var index = PairwiseScore.Of(gold, predicted);
        var plain = PairwiseScore.Of(gold, baseline);
        var counts = string.Join(", ", set.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Stories test set from {corpus.Name} (seed {options.Seed}, {options.Edits.ToString().ToLowerInvariant()} edits): {items.Length} documents ({counts}), {gold.Distinct(StringComparer.Ordinal).Count()} gold stories; {set.ExcludedBases} drawn articles left out (near copies in the corpus)")));
        var table = new Table();
        foreach (var h in new[] { "method", "TP", "FP", "FN", "P", "R", "F1", "time" })
        {
            table.AddColumn(h);
        }

        Row(table, "stories index (MinHash-LSH, incremental)", index, indexTime);
        Row(table, string.Create(CultureInfo.InvariantCulture, $"Jaccard 5-shingles >= {stories.MinJaccard:0.##}, all pairs"), plain, baselineTime);
        console.Write(table);
        PrintKinds(console, items, predicted);
        if (dump is not null)
        {
            StoryErrorDump.Write(dump, items, predicted, stories);
        }

        var failed = false;
        foreach (var (name, value, floor) in new[] { ("F1", index.F1, minF1), ("precision", index.Precision, minPrecision) })
        {
            if (floor is { } min)
            {
                var ok = value >= min;
                failed |= !ok;
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{(ok ? "[green]ok[/]" : "[red]FAIL[/]")} stories pairwise {name} {value:0.0000} {(ok ? ">=" : "<")} {min:0.0000}"));
            }
        }

        return failed ? EvalExit.BelowBar : EvalExit.Passed;
    }

    // The real incremental path: a fresh in-memory store, documents saved in batches in the set's order.
    private static async Task<string[]> IngestAsync(IReadOnlyList<StoryTestItem> items, StoryOptions stories, CancellationToken cancellationToken)
    {
        await using var store = await SqliteDocumentStore.OpenAsync(SqliteDocumentStore.InMemory, new SqliteStoreOptions { Stories = stories.Validate() }, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var chunk in items.Chunk(Batch))
        {
            var documents = chunk.Select(i => (new Document(i.Id, i.Text, new DocumentMetadata { Title = i.Title, Date = i.Date, Source = i.Source }), (string?)null)).ToList();
            await store.SaveManyAsync(documents, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in await store.ListStoriesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            foreach (var id in story.Documents)
            {
                storyOf[id] = story.Id;
            }
        }

        return items.Select(i => storyOf.GetValueOrDefault(i.Id, i.Id)).ToArray();
    }

    // Per kind of document: how many share the predicted story of their gold story's first document (recall by edit),
    // and how many template stories were merged with another.
    private static void PrintKinds(IAnsiConsole console, IReadOnlyList<StoryTestItem> items, string[] predicted)
    {
        var predictedOf = items.Select((item, i) => (item.Id, Story: predicted[i])).ToDictionary(x => x.Id, x => x.Story, StringComparer.Ordinal);
        var table = new Table().Title("Re-publications found, by edits; template stories kept apart");
        foreach (var h in new[] { "kind", "documents", "with their story" })
        {
            table.AddColumn(h);
        }

        foreach (var g in items.Where(i => i.Kind is not "base" and not "duplicate").GroupBy(i => i.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var good = g.Key == "template"
                ? g.Count(i => items.Count(o => o.Kind == "template" && predictedOf[o.Id] == predictedOf[i.Id]) == 1)
                : g.Count(i => predictedOf.TryGetValue(i.Story, out var s) && s == predictedOf[i.Id]);
            table.AddRow(Markup.Escape(g.Key), N(g.Count()), N(good));
        }

        console.Write(table);
    }

    private static void Row(Table table, string name, PairwiseScore s, TimeSpan time) =>
        table.AddRow(Markup.Escape(name), N(s.TruePositives), N(s.FalsePositives), N(s.FalseNegatives), F(s.Precision), F(s.Recall), F(s.F1), string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.0} s"));

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
