using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>Reads one document row and its layer rows back into a <see cref="StoredDocument"/>.</summary>
internal static class DocumentLoader
{
    private const string SelectDocument = """
        SELECT status, content_hash, failure_code, failure_reason, source_name, date, title, url, source, dateline, text, metadata, layers, run_id
        FROM documents WHERE id = $id
        """;

    /// <summary>Layers whose rows the store keeps, so a read-back document can claim them.</summary>
    private static readonly ImmutableHashSet<LayerKind> Restored = [LayerKind.Zones, LayerKind.Entities, LayerKind.Quotes, LayerKind.Actors, LayerKind.Alignments, LayerKind.Events, LayerKind.Places, LayerKind.GenericActors, LayerKind.Assertions];

    /// <summary>Loads a document, or null for an unknown id; inside <paramref name="tx"/> when one is open.</summary>
    public static StoredDocument? Load(CommandCache commands, string id, SqliteTransaction? tx = null)
    {
        using (var r = commands.Get(SelectDocument, tx, ("$id", id)).ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            var runId = r.IsDBNull(13) ? (long?)null : r.GetInt64(13);
            if (r.GetString(0) == "failed")
            {
                return new StoredDocument(id, DocumentStatus.Failed, null, null, ParseCode(Str(r, 2)), Str(r, 3), Str(r, 4), runId);
            }

            var (headings, credits, sourceMap) = MetadataPayload.Parse(r.GetString(11));
            var metadata = new DocumentMetadata
            {
                Date = Str(r, 5) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Title = Str(r, 6),
                Url = Str(r, 7),
                Source = Str(r, 8),
                Dateline = Str(r, 9),
                Headings = headings,
                Credits = credits,
            };
            var layers = JsonSerializer.Deserialize<string[]>(r.GetString(12)) ?? [];
            var doc = new Document(id, r.GetString(10), metadata)
            {
                SourceMap = sourceMap,
                Layers = [.. layers.Select(Enum.Parse<LayerKind>).Where(Restored.Contains)],
            };
            var hash = Str(r, 1);
            var source = Str(r, 4);
            var (failureCode, failureReason) = (Str(r, 2), Str(r, 3));
            r.Close();
            doc = LoadLayers(commands, doc, tx);
            // A stage failed after earlier ones produced layers (issue 9 point 2).
            return failureCode is not null
                ? new StoredDocument(id, DocumentStatus.Partial, hash, doc, ParseCode(failureCode), failureReason, source, runId)
                : new StoredDocument(id, DocumentStatus.Ok, hash, doc, null, null, source, runId);
        }
    }

    private static Document LoadLayers(CommandCache commands, Document doc, SqliteTransaction? tx)
    {
        var zones = ImmutableArray.CreateBuilder<Zone>();
        using (var r = commands.Get("SELECT kind, span_start, span_end FROM zones WHERE document_id = $d ORDER BY seq", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                zones.Add(new Zone(new TextSpan(r.GetInt32(1), r.GetInt32(2)), Enum.Parse<ZoneKind>(r.GetString(0))));
            }
        }

        var alignments = ImmutableArray.CreateBuilder<Alignment>();
        using (var r = commands.Get("SELECT backer, backed, opposes, span_start, span_end, rule, sentence_start, sentence_end FROM alignments WHERE document_id = $d ORDER BY seq", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                // Rows stored before the sentence was kept (migration 013) stand for their own sentence.
                var evidence = new TextSpan(r.GetInt32(3), r.GetInt32(4));
                alignments.Add(new Alignment(
                    ActorCode.Parse(r.GetString(0)), ActorCode.Parse(r.GetString(1)), r.IsDBNull(2) ? null : ActorCode.Parse(r.GetString(2)), evidence,
                    r.IsDBNull(6) ? evidence : new TextSpan(r.GetInt32(6), r.GetInt32(7)), r.GetString(5)));
            }
        }

        var actors = ImmutableArray.CreateBuilder<ActorAssignment>();
        using (var r = commands.Get("SELECT entity_id, code, rule, evidence FROM actors WHERE document_id = $d ORDER BY entity_id", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                actors.Add(new ActorAssignment(r.GetInt32(0), ActorCode.Parse(r.GetString(1)), r.GetString(2), r.GetString(3)));
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>();
        using (var r = commands.Get("SELECT entity_id, type, name, role, affiliation, acronym FROM entities WHERE document_id = $d ORDER BY entity_id", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                entities.Add(new Entity(r.GetInt32(0), Enum.Parse<EntityType>(r.GetString(1)), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5)));
            }
        }

        var mentions = ImmutableArray.CreateBuilder<Mention>();
        using (var r = commands.Get("SELECT span_start, span_end, entity_id, kind FROM mentions WHERE document_id = $d ORDER BY seq", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                mentions.Add(new Mention(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetInt32(2), Enum.Parse<MentionKind>(r.GetString(3))));
            }
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>();
        const string quoteSql = """
            SELECT span_start, span_end, kind, speaker_name, speaker_role, speaker_anonymous, speaker_start, speaker_end, speaker_entity_id, cue_start, cue_end, medium
            FROM quotes WHERE document_id = $d ORDER BY seq
            """;
        using (var r = commands.Get(quoteSql, tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                var speaker = new Speaker(r.GetString(3), Str(r, 4), r.GetInt64(5) != 0, Span(r, 6), r.IsDBNull(8) ? null : r.GetInt32(8));
                quotes.Add(new Quote(new TextSpan(r.GetInt32(0), r.GetInt32(1)), Enum.Parse<QuoteKind>(r.GetString(2)), speaker, Span(r, 9), Str(r, 11)));
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        using (var r = commands.Get("SELECT stage, code, severity, message, span_start, span_end FROM diagnostics WHERE document_id = $d ORDER BY seq", tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                diagnostics.Add(new Diagnostic(r.GetString(0), (DiagnosticCode)r.GetInt32(1), Enum.Parse<Severity>(r.GetString(2)), r.GetString(3), Span(r, 4)));
            }
        }

        var places = PlaceRows.Load(commands, doc, tx);
        return doc with
        {
            Zones = zones.ToImmutable(),
            Entities = entities.ToImmutable(),
            Actors = actors.ToImmutable(),
            Alignments = alignments.ToImmutable(),
            Events = EventRows.Load(commands, doc.Id, places, tx),
            Mentions = mentions.ToImmutable(),
            Quotes = quotes.ToImmutable(),
            Diagnostics = diagnostics.ToImmutable(),
            Places = places, // issue 4
            GenericActors = GenericActorRows.Load(commands, doc.Id, tx), // issue 8
        };
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static TextSpan? Span(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : new TextSpan(r.GetInt32(i), r.GetInt32(i + 1));

    private static DiagnosticCode? ParseCode(string? id) =>
        id is not null && id.StartsWith("SR", StringComparison.Ordinal) && int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (DiagnosticCode)n
            : null;
}
