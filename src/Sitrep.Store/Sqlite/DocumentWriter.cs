using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>Writes one document row and its layer rows inside a caller's transaction.</summary>
internal static class DocumentWriter
{
    private const string InsertDocument = """
        INSERT INTO documents (id, run_id, status, content_hash, failure_code, failure_reason, source_name, date, title, url, source, dateline, text, metadata, layers, stored_at, pipeline)
        VALUES ($id, $run, $status, $hash, $fcode, $freason, $src, $date, $title, $url, $source, $dateline, $text, $meta, $layers, $at, $pipeline)
        """;

    private static readonly string[] QuoteColumns =
        ["document_id", "seq", "span_start", "span_end", "kind", "speaker_name", "speaker_role", "speaker_anonymous", "speaker_start", "speaker_end", "speaker_entity_id", "cue_start", "cue_end", "medium"];

    private static readonly string[] DiagnosticColumns = ["document_id", "seq", "stage", "code", "severity", "message", "span_start", "span_end"];

    /// <summary>Inserts a processed document and every stored layer.</summary>
    public static void Insert(CommandCache commands, SqliteTransaction tx, Document doc, string hash, long? runId, string? sourceName, string storedAt, string? pipeline)
    {
        var m = doc.Metadata;
        // A stage failed after earlier ones produced layers: the row says so (DocumentStatus.Partial).
        var failure = doc.Diagnostics.FirstOrDefault(d => d.Code == Core.Diagnostics.DiagnosticCode.StageFailed && d.Severity == Core.Diagnostics.Severity.Error);
        commands.Get(
            InsertDocument,
            tx,
            ("$id", doc.Id),
            ("$run", runId),
            ("$status", "ok"),
            ("$hash", hash),
            ("$fcode", failure is null ? null : Core.Diagnostics.DiagnosticCatalog.Id(failure.Code)),
            ("$freason", failure?.Message),
            ("$src", sourceName),
            ("$date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$title", m.Title),
            ("$url", m.Url),
            ("$source", m.Source),
            ("$dateline", m.Dateline),
            ("$text", doc.Text),
            ("$meta", MetadataPayload.ToJson(doc)),
            ("$layers", JsonSerializer.Serialize(doc.Layers.Select(l => l.ToString()).Order(StringComparer.Ordinal))),
            ("$at", storedAt),
            ("$pipeline", pipeline)).ExecuteNonQuery();

        // Layers: one multi-row statement per table and chunk (RowInserter), not one per row.
        var id = doc.Id;
        RowInserter.Insert(commands, tx, "zones", ["document_id", "seq", "kind", "span_start", "span_end"], doc.Zones.Length, (i, c) => c switch
        {
            0 => id,
            1 => i,
            2 => doc.Zones[i].Kind.ToString(),
            3 => doc.Zones[i].Span.Start,
            _ => doc.Zones[i].Span.End,
        });
        RowInserter.Insert(commands, tx, "entities", ["document_id", "entity_id", "type", "name", "role", "affiliation", "acronym"], doc.Entities.Length, (i, c) => c switch
        {
            0 => id,
            1 => doc.Entities[i].Id,
            2 => doc.Entities[i].Type.ToString(),
            3 => doc.Entities[i].Name,
            4 => doc.Entities[i].Role,
            5 => doc.Entities[i].Affiliation,
            _ => doc.Entities[i].Acronym,
        });
        RowInserter.Insert(commands, tx, "alignments", ["document_id", "seq", "backer", "backed", "opposes", "span_start", "span_end", "rule", "sentence_start", "sentence_end"], doc.Alignments.Length, (i, c) => c switch
        {
            0 => id,
            1 => i,
            2 => doc.Alignments[i].Backer.Value,
            3 => doc.Alignments[i].Backed.Value,
            4 => doc.Alignments[i].Opposes?.Value,
            5 => doc.Alignments[i].Evidence.Start,
            6 => doc.Alignments[i].Evidence.End,
            7 => doc.Alignments[i].Rule,
            8 => doc.Alignments[i].Sentence.Start,
            _ => doc.Alignments[i].Sentence.End,
        });
        EventRows.Insert(commands, tx, doc);
        RowInserter.Insert(commands, tx, "actors", ["document_id", "entity_id", "code", "rule", "evidence"], doc.Actors.Length, (i, c) => c switch
        {
            0 => id,
            1 => doc.Actors[i].EntityId,
            2 => doc.Actors[i].Code.Value,
            3 => doc.Actors[i].Rule,
            _ => doc.Actors[i].Evidence,
        });
        PlaceRows.Insert(commands, tx, doc); // issue 4
        GenericActorRows.Insert(commands, tx, doc); // issue 8
        RowInserter.Insert(commands, tx, "mentions", ["document_id", "seq", "span_start", "span_end", "entity_id", "kind"], doc.Mentions.Length, (i, c) => c switch
        {
            0 => id,
            1 => i,
            2 => doc.Mentions[i].Span.Start,
            3 => doc.Mentions[i].Span.End,
            4 => doc.Mentions[i].EntityId,
            _ => doc.Mentions[i].Kind.ToString(),
        });

        RowInserter.Insert(commands, tx, "quotes", QuoteColumns, doc.Quotes.Length, (i, c) =>
        {
            var q = doc.Quotes[i];
            var s = q.Speaker;
            return c switch
            {
                0 => doc.Id,
                1 => i,
                2 => q.Span.Start,
                3 => q.Span.End,
                4 => q.Kind.ToString(),
                5 => s.Name,
                6 => s.Role,
                7 => s.Anonymous ? 1 : 0,
                8 => s.Span?.Start,
                9 => s.Span?.End,
                10 => s.EntityId,
                11 => q.Cue?.Start,
                12 => q.Cue?.End,
                _ => q.Medium,
            };
        });
        RowInserter.Insert(commands, tx, "diagnostics", DiagnosticColumns, doc.Diagnostics.Length, (i, c) =>
        {
            var g = doc.Diagnostics[i];
            return c switch
            {
                0 => doc.Id,
                1 => i,
                2 => g.Stage,
                3 => (int)g.Code,
                4 => g.Severity.ToString(),
                5 => g.Message,
                6 => g.Span?.Start,
                _ => g.Span?.End,
            };
        });
    }

    /// <summary>Inserts a failed-input row.</summary>
    public static void InsertFailure(CommandCache commands, SqliteTransaction tx, DocumentFailure failure, long? runId, string storedAt) =>
        commands.Get(
            InsertDocument,
            tx,
            ("$id", failure.Id),
            ("$run", runId),
            ("$status", "failed"),
            ("$hash", null),
            ("$fcode", Core.Diagnostics.DiagnosticCatalog.Id(failure.Code)),
            ("$freason", failure.Reason),
            ("$src", failure.SourceName),
            ("$date", null),
            ("$title", null),
            ("$url", null),
            ("$source", null),
            ("$dateline", null),
            ("$text", null),
            ("$meta", "{}"),
            ("$layers", "[]"),
            ("$at", storedAt),
            ("$pipeline", null)).ExecuteNonQuery();
}
