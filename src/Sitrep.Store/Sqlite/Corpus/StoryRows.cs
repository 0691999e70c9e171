using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Sitrep.Corpus.Stories;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>The rows of the stories index (migration 017 and <c>story_documents</c>): reads and writes by key.</summary>
internal static class StoryRows
{
    /// <summary>Writes a document's signature (its band keys live in memory: <see cref="Sitrep.Corpus.Stories.LshBandTable"/>).</summary>
    public static void InsertSignature(CommandCache c, SqliteTransaction tx, CorpusRow row, StoryFingerprint fingerprint)
    {
        var blob = new byte[fingerprint.Signature.Length * sizeof(uint)];
        for (var i = 0; i < fingerprint.Signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(i * sizeof(uint)), fingerprint.Signature[i]);
        }

        c.Get(
            "INSERT INTO story_signatures (document_id, sequence, content_hash, signature) VALUES ($d, $q, $h, $s)",
            tx,
            ("$d", row.DocumentId),
            ("$q", row.Sequence),
            ("$h", row.ContentHash),
            ("$s", blob)).ExecuteNonQuery();
    }

    /// <summary>
    /// The signatures of the last <paramref name="limit"/> documents in storing order, oldest first (the window the
    /// stories index keeps in memory).
    /// </summary>
    public static IEnumerable<(string DocumentId, uint[] Signature)> RecentSignatures(CommandCache c, SqliteTransaction tx, int limit)
    {
        var rows = new List<(string, uint[])>();
        using var r = c.Get(
            "SELECT document_id, signature FROM (SELECT document_id, sequence, signature FROM story_signatures ORDER BY sequence DESC LIMIT $n) ORDER BY sequence",
            tx,
            ("$n", limit)).ExecuteReader();
        while (r.Read())
        {
            rows.Add((r.GetString(0), Decode((byte[])r.GetValue(1))));
        }

        return rows;
    }

    /// <summary>A stored signature, or null when the document is not in the index.</summary>
    public static uint[]? Signature(CommandCache c, SqliteTransaction tx, string documentId)
    {
        if (c.Get("SELECT signature FROM story_signatures WHERE document_id = $d", tx, ("$d", documentId)).ExecuteScalar() is not byte[] blob)
        {
            return null;
        }

        return Decode(blob);
    }

    private static uint[] Decode(byte[] blob)
    {
        var values = new uint[blob.Length / sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(i * sizeof(uint)));
        }

        return values;
    }

    /// <summary>A stored document's text, or null.</summary>
    public static string? Text(CommandCache c, SqliteTransaction tx, string documentId) =>
        c.Get("SELECT text FROM documents WHERE id = $d", tx, ("$d", documentId)).ExecuteScalar() as string;

    /// <summary>A new story of one document.</summary>
    public static void CreateStory(CommandCache c, SqliteTransaction tx, string documentId, long sequence, string? date, string? source)
    {
        c.Get("INSERT INTO stories (id, first_sequence, first_date, articles) VALUES ($s, $q, $t, 1)", tx, ("$s", documentId), ("$q", sequence), ("$t", date)).ExecuteNonQuery();
        c.Get("INSERT INTO story_documents (document_id, story_id) VALUES ($d, $s)", tx, ("$d", documentId), ("$s", documentId)).ExecuteNonQuery();
        AddSource(c, tx, documentId, source);
    }

    /// <summary>Counts one more document (its date and source) in a story.</summary>
    public static void CountIn(CommandCache c, SqliteTransaction tx, string storyId, string? date, string? source)
    {
        c.Get(
            "UPDATE stories SET articles = articles + 1, first_date = CASE WHEN first_date IS NULL OR ($t IS NOT NULL AND $t < first_date) THEN $t ELSE first_date END WHERE id = $s",
            tx,
            ("$s", storyId),
            ("$t", date)).ExecuteNonQuery();
        AddSource(c, tx, storyId, source);
    }

    /// <summary>Recomputes a story's counts, first date and sources from its documents.</summary>
    public static void Refresh(CommandCache c, SqliteTransaction tx, string storyId)
    {
        c.Get(
            """
            UPDATE stories SET
                articles = (SELECT COUNT(*) FROM story_documents WHERE story_id = $s),
                first_date = (SELECT MIN(d.date) FROM story_documents sd JOIN documents d ON d.id = sd.document_id WHERE sd.story_id = $s)
            WHERE id = $s
            """,
            tx,
            ("$s", storyId)).ExecuteNonQuery();
        c.Get("DELETE FROM story_sources WHERE story_id = $s", tx, ("$s", storyId)).ExecuteNonQuery();
        c.Get(
            "INSERT INTO story_sources (story_id, source, articles) SELECT $s, d.source, COUNT(*) FROM story_documents sd JOIN documents d ON d.id = sd.document_id WHERE sd.story_id = $s AND d.source IS NOT NULL GROUP BY d.source",
            tx,
            ("$s", storyId)).ExecuteNonQuery();
    }

    /// <summary>Deletes a story's own rows (not its documents' rows in <c>story_documents</c>).</summary>
    public static void DeleteStory(CommandCache c, SqliteTransaction tx, string storyId)
    {
        c.Get("DELETE FROM stories WHERE id = $s", tx, ("$s", storyId)).ExecuteNonQuery();
        c.Get("DELETE FROM story_sources WHERE story_id = $s", tx, ("$s", storyId)).ExecuteNonQuery();
    }

    private static void AddSource(CommandCache c, SqliteTransaction tx, string storyId, string? source)
    {
        if (source is not null)
        {
            c.Get(
                "INSERT INTO story_sources (story_id, source, articles) VALUES ($s, $o, 1) ON CONFLICT (story_id, source) DO UPDATE SET articles = articles + 1",
                tx,
                ("$s", storyId),
                ("$o", source)).ExecuteNonQuery();
        }
    }
}
