using System.Globalization;

namespace Sitrep.Store.Sqlite;

/// <summary>The query behind <see cref="IDocumentStore.QueryAsync"/>: one parameterised statement, each filter off when its value is null.</summary>
internal static class DocumentListings
{
    private const string Sql = """
        SELECT d.id, d.status, d.date, d.title, d.source, d.source_name,
               (SELECT COUNT(*) FROM entities e WHERE e.document_id = d.id),
               (SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id),
               (SELECT COUNT(*) FROM events v WHERE v.document_id = d.id)
        FROM documents d
        WHERE ($since IS NULL OR d.date >= $since)
          AND ($until IS NULL OR d.date <= $until)
          AND ($source IS NULL OR d.source = $source COLLATE NOCASE)
          AND ($status IS NULL OR d.status = $status)
          AND ($title IS NULL OR instr(lower(d.title), lower($title)) > 0)
        ORDER BY d.id
        LIMIT $limit
        """;

    /// <summary>Reads the rows matching <paramref name="query"/>.</summary>
    public static List<DocumentListing> Read(CommandCache commands, DocumentQuery query)
    {
        var rows = new List<DocumentListing>();
        using var r = commands.Get(
            Sql,
            null,
            ("$since", Day(query.Since)),
            ("$until", Day(query.Until)),
            ("$source", query.Source),
            ("$status", query.Status is { } s ? StatusText(s) : null),
            ("$title", query.TitleContains),
            ("$limit", query.Limit ?? -1)).ExecuteReader(); // LIMIT -1: no limit
        while (r.Read())
        {
            rows.Add(new DocumentListing(
                r.GetString(0),
                r.GetString(1) == "ok" ? DocumentStatus.Ok : DocumentStatus.Failed,
                r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5),
                r.GetInt32(6),
                r.GetInt32(7),
                r.GetInt32(8)));
        }

        return rows;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusText(DocumentStatus status) => status == DocumentStatus.Ok ? "ok" : "failed";
}
