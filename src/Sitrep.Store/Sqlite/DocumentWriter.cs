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

    private const string InsertZone = "INSERT INTO zones (document_id, seq, kind, span_start, span_end) VALUES ($d, $s, $k, $a, $b)";

    private const string InsertEntity = "INSERT INTO entities (document_id, entity_id, type, name, role, affiliation, acronym) VALUES ($d, $e, $t, $n, $r, $f, $c)";

    private const string InsertActor = "INSERT INTO actors (document_id, entity_id, code, rule, evidence) VALUES ($d, $e, $c, $r, $v)";

    private const string InsertAlignment = "INSERT INTO alignments (document_id, seq, backer, backed, opposes, span_start, span_end, rule) VALUES ($d, $s, $b, $t, $o, $a, $z, $r)";

    private const string InsertMention = "INSERT INTO mentions (document_id, seq, span_start, span_end, entity_id, kind) VALUES ($d, $s, $a, $b, $e, $k)";

    private const string InsertQuote = """
        INSERT INTO quotes (document_id, seq, span_start, span_end, kind, speaker_name, speaker_role, speaker_anonymous, speaker_start, speaker_end, speaker_entity_id, cue_start, cue_end)
        VALUES ($d, $s, $a, $b, $k, $n, $r, $an, $sa, $sb, $e, $ca, $cb)
        """;

    private const string InsertDiagnostic = "INSERT INTO diagnostics (document_id, seq, stage, code, severity, message, span_start, span_end) VALUES ($d, $s, $st, $c, $sv, $m, $a, $b)";

    /// <summary>Inserts a processed document and every stored layer.</summary>
    public static void Insert(CommandCache commands, SqliteTransaction tx, Document doc, string hash, long? runId, string? sourceName, string storedAt, string? pipeline)
    {
        var m = doc.Metadata;
        commands.Get(
            InsertDocument,
            tx,
            ("$id", doc.Id),
            ("$run", runId),
            ("$status", "ok"),
            ("$hash", hash),
            ("$fcode", null),
            ("$freason", null),
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

        for (var i = 0; i < doc.Zones.Length; i++)
        {
            var z = doc.Zones[i];
            commands.Get(InsertZone, tx, ("$d", doc.Id), ("$s", i), ("$k", z.Kind.ToString()), ("$a", z.Span.Start), ("$b", z.Span.End)).ExecuteNonQuery();
        }

        foreach (var e in doc.Entities)
        {
            commands.Get(InsertEntity, tx, ("$d", doc.Id), ("$e", e.Id), ("$t", e.Type.ToString()), ("$n", e.Name), ("$r", e.Role), ("$f", e.Affiliation), ("$c", e.Acronym)).ExecuteNonQuery();
        }

        for (var i = 0; i < doc.Alignments.Length; i++)
        {
            var a = doc.Alignments[i];
            commands.Get(InsertAlignment, tx, ("$d", doc.Id), ("$s", i), ("$b", a.Backer.Value), ("$t", a.Backed.Value), ("$o", a.Opposes?.Value), ("$a", a.Evidence.Start), ("$z", a.Evidence.End), ("$r", a.Rule)).ExecuteNonQuery();
        }

        foreach (var a in doc.Actors)
        {
            commands.Get(InsertActor, tx, ("$d", doc.Id), ("$e", a.EntityId), ("$c", a.Code.Value), ("$r", a.Rule), ("$v", a.Evidence)).ExecuteNonQuery();
        }

        for (var i = 0; i < doc.Mentions.Length; i++)
        {
            var x = doc.Mentions[i];
            commands.Get(InsertMention, tx, ("$d", doc.Id), ("$s", i), ("$a", x.Span.Start), ("$b", x.Span.End), ("$e", x.EntityId), ("$k", x.Kind.ToString())).ExecuteNonQuery();
        }

        for (var i = 0; i < doc.Quotes.Length; i++)
        {
            var q = doc.Quotes[i];
            var s = q.Speaker;
            commands.Get(
                InsertQuote,
                tx,
                ("$d", doc.Id),
                ("$s", i),
                ("$a", q.Span.Start),
                ("$b", q.Span.End),
                ("$k", q.Kind.ToString()),
                ("$n", s.Name),
                ("$r", s.Role),
                ("$an", s.Anonymous ? 1 : 0),
                ("$sa", s.Span?.Start),
                ("$sb", s.Span?.End),
                ("$e", s.EntityId),
                ("$ca", q.Cue?.Start),
                ("$cb", q.Cue?.End)).ExecuteNonQuery();
        }

        for (var i = 0; i < doc.Diagnostics.Length; i++)
        {
            var g = doc.Diagnostics[i];
            commands.Get(
                InsertDiagnostic,
                tx,
                ("$d", doc.Id),
                ("$s", i),
                ("$st", g.Stage),
                ("$c", (int)g.Code),
                ("$sv", g.Severity.ToString()),
                ("$m", g.Message),
                ("$a", g.Span?.Start),
                ("$b", g.Span?.End)).ExecuteNonQuery();
        }
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
