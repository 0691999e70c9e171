using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using Sitrep.Store;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep sample events --db FILE [--n N] [--seed S] [--prefix P]… [--out FILE]</c> (issue 8 point 5): draws a
/// reproducible random sample of stored events for judging by hand (<see cref="EventSampler"/>) and prints one JSON
/// line per event: document id, position, sentence, evidence, trigger, source, code, target, rule.
/// </summary>
internal static class SampleCommand
{
    /// <summary>Exit code for a missing database or bad arguments.</summary>
    public const int BadInput = 1;

    // Relaxed escaping as in the JSONL export: rules hold '+' and '<', and people read the lines.
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var count = new Option<int>("--n") { Description = "How many events to draw", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the draw: the same store, seed and --n give the same sample", DefaultValueFactory = _ => 1 };
        var prefix = new Option<string[]>("--prefix")
        {
            Description = "Draw only from documents whose id starts with this (repeatable; e.g. --prefix reuters21578- --prefix bbc- --prefix wikinews-)",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var events = new Command("events", "Draw stored events at random, as JSON lines") { db, count, seed, prefix, output };
        events.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var n = parse.GetValue(count);
            var dbPath = parse.GetValue(db)!;
            if (n < 0)
            {
                await error.WriteLineAsync($"--n must be zero or more, got {n}.").ConfigureAwait(false);
                return BadInput;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return BadInput;
            }

            var prefixes = parse.GetValue(prefix) ?? [];
            Func<string, bool>? include = prefixes.Length == 0 ? null : id => prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));
            await using IDocumentStore store = await SqliteDocumentStore.OpenAsync(dbPath, cancellationToken: ct).ConfigureAwait(false);
            var documents = new List<Document>();
            await foreach (var document in Processed(store, ct).ConfigureAwait(false))
            {
                // Only the documents that take part stay in memory.
                if (include is null || include(document.Id))
                {
                    documents.Add(document);
                }
            }

            var sample = EventSampler.Draw(documents, n, parse.GetValue(seed), include);
            var file = parse.GetValue(output);
            await using var stream = file is null ? new MemoryStream() : (Stream)File.Create(file);
            foreach (var item in sample)
            {
                using (var writer = new Utf8JsonWriter(stream, LineOptions))
                {
                    Write(writer, item);
                }

                stream.WriteByte((byte)'\n');
            }

            if (file is null)
            {
                await parse.InvocationConfiguration.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(((MemoryStream)stream).ToArray())).ConfigureAwait(false);
            }

            return 0;
        });
        return new Command("sample", "Draw random samples from a database for judging by hand") { events };
    }

    private static void Write(Utf8JsonWriter writer, EventSampleItem item)
    {
        var e = item.Event;
        writer.WriteStartObject();
        writer.WriteString("id", item.DocumentId);
        writer.WriteNumber("seq", item.Seq);
        writer.WriteString("sentence", item.Sentence);
        writer.WriteString("evidence", item.Evidence);
        writer.WriteString("trigger", item.Trigger);
        WriteActor(writer, "source", e.Source, item.SourceText);
        writer.WriteString("code", e.Code.Value);
        WriteActor(writer, "target", e.Target, item.TargetText);
        writer.WriteBoolean("paired", e.Paired);
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteString("rule", e.Rule);
        writer.WriteString("acled", e.Acled?.SubEventType?.ToString() ?? e.Acled?.CaseLabel.ToString());
        WriteAssertion(writer, e.AssertedBy);
        writer.WriteEndObject();
    }

    // Issue 10 point 3: who asserts the event, for judging by docs/assertion-guideline.md.
    private static void WriteAssertion(Utf8JsonWriter writer, Assertion? a)
    {
        if (a is null)
        {
            writer.WriteNull("asserted_by");
            return;
        }

        writer.WriteStartObject("asserted_by");
        writer.WriteString("kind", a.Kind.ToString().ToLowerInvariant());
        writer.WriteString("name", a.Name);
        writer.WriteString("actor", a.Actor?.Value);
        writer.WriteString("medium", a.Medium);
        writer.WriteString("rule", a.Rule);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, EventActor? actor, string? text)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("code", actor.Code.Value);
        writer.WriteString("name", actor.Name);
        writer.WriteString("text", text);
        writer.WriteBoolean("generic", actor.Generic);
        writer.WriteEndObject();
    }

    private static async IAsyncEnumerable<Document> Processed(IDocumentStore store, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in store.ListAsync(DocumentStatus.Ok, ct).ConfigureAwait(false))
        {
            yield return stored.Document!;
        }
    }
}
