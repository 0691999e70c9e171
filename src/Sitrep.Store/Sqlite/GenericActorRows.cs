using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>The rows of a document's unnamed and generic actors (migration 009, issue 8 point 1).</summary>
internal static class GenericActorRows
{
    private static readonly string[] Columns =
        ["document_id", "seq", "span_start", "span_end", "head_start", "head_end", "code", "category", "name", "country", "rule"];

    private const string Select = """
        SELECT span_start, span_end, head_start, head_end, code, category, name, country, rule
        FROM generic_actors WHERE document_id = $d ORDER BY seq
        """;

    /// <summary>Inserts the generic actors of <paramref name="doc"/> inside the caller's transaction.</summary>
    public static void Insert(CommandCache commands, SqliteTransaction tx, Document doc)
    {
        var id = doc.Id;
        var actors = doc.GenericActors;
        RowInserter.Insert(commands, tx, "generic_actors", Columns, actors.Length, (i, c) =>
        {
            var a = actors[i];
            return c switch
            {
                0 => id,
                1 => i,
                2 => a.Span.Start,
                3 => a.Span.End,
                4 => a.Head.Start,
                5 => a.Head.End,
                6 => a.Code.Value,
                7 => a.Category.ToString(),
                8 => a.Name,
                9 => a.Country,
                _ => a.Rule,
            };
        });
    }

    /// <summary>Reads the generic actors of a document back, in order.</summary>
    public static ImmutableArray<GenericActor> Load(CommandCache commands, string documentId, SqliteTransaction? tx = null)
    {
        var actors = ImmutableArray.CreateBuilder<GenericActor>();
        using var r = commands.Get(Select, tx, ("$d", documentId)).ExecuteReader();
        while (r.Read())
        {
            actors.Add(new GenericActor(
                new TextSpan(r.GetInt32(0), r.GetInt32(1)),
                new TextSpan(r.GetInt32(2), r.GetInt32(3)),
                ActorCode.Parse(r.GetString(4)),
                Enum.Parse<AcledActorCategory>(r.GetString(5)),
                r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                r.GetString(8)));
        }

        return actors.ToImmutable();
    }
}
