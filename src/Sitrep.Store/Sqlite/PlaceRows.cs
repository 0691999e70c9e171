using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>The rows of a document's places and their runner-up candidates (migration 006, issue 4).</summary>
internal static class PlaceRows
{
    private static readonly string[] PlaceColumns =
    [
        "document_id", "seq", "span_start", "span_end", "role", "entity_id", "geonameid", "name", "lat", "lon", "country", "feature", "confidence", "rule",
        "bbox_west", "bbox_south", "bbox_east", "bbox_north",
    ];

    private static readonly string[] CandidateColumns = ["document_id", "place_seq", "rank", "geonameid", "name", "country", "feature", "lat", "lon", "score"];

    /// <summary>Inserts the places of <paramref name="doc"/> inside the caller's transaction.</summary>
    public static void Insert(CommandCache commands, SqliteTransaction tx, Document doc)
    {
        var id = doc.Id;
        var places = doc.Places;
        RowInserter.Insert(commands, tx, "places", PlaceColumns, places.Length, (i, c) =>
        {
            var p = places[i];
            return c switch
            {
                0 => id,
                1 => i,
                2 => p.Span.Start,
                3 => p.Span.End,
                4 => p.Role.ToString(),
                5 => p.EntityId,
                6 => p.GeonameId,
                7 => p.Name,
                8 => p.Latitude,
                9 => p.Longitude,
                10 => p.Country,
                11 => p.Feature,
                12 => p.Confidence,
                13 => p.Rule,
                14 => p.Bounds?.West,
                15 => p.Bounds?.South,
                16 => p.Bounds?.East,
                _ => p.Bounds?.North,
            };
        });
        var candidates = places.SelectMany((p, i) => p.Candidates.Select((c, rank) => (Place: i, Rank: rank, Candidate: c))).ToList();
        RowInserter.Insert(commands, tx, "place_candidates", CandidateColumns, candidates.Count, (i, c) =>
        {
            var (place, rank, k) = candidates[i];
            return c switch
            {
                0 => id,
                1 => place,
                2 => rank,
                3 => k.GeonameId,
                4 => k.Name,
                5 => k.Country,
                6 => k.Feature,
                7 => k.Latitude,
                8 => k.Longitude,
                _ => k.Score,
            };
        });
    }

    /// <summary>Reads the places of a document back, in order, with their candidates.</summary>
    public static ImmutableArray<ResolvedPlace> Load(CommandCache commands, Document doc, SqliteTransaction? tx = null)
    {
        var candidates = new Dictionary<int, ImmutableArray<PlaceCandidate>.Builder>();
        const string candidateSql = "SELECT place_seq, geonameid, name, country, feature, lat, lon, score FROM place_candidates WHERE document_id = $d ORDER BY place_seq, rank";
        using (var r = commands.Get(candidateSql, tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                var seq = r.GetInt32(0);
                if (!candidates.TryGetValue(seq, out var list))
                {
                    candidates[seq] = list = ImmutableArray.CreateBuilder<PlaceCandidate>();
                }

                list.Add(new PlaceCandidate(r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), Str(r, 3), r.GetString(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7)));
            }
        }

        var places = ImmutableArray.CreateBuilder<ResolvedPlace>();
        const string placeSql = """
            SELECT seq, span_start, span_end, role, entity_id, geonameid, name, lat, lon, country, feature, confidence, rule, bbox_west, bbox_south, bbox_east, bbox_north
            FROM places WHERE document_id = $d ORDER BY seq
            """;
        using (var r = commands.Get(placeSql, tx, ("$d", doc.Id)).ExecuteReader())
        {
            while (r.Read())
            {
                var span = new TextSpan(r.GetInt32(1), r.GetInt32(2));
                places.Add(new ResolvedPlace(
                    span, doc.TextOf(span), Enum.Parse<PlaceRole>(r.GetString(3)), r.IsDBNull(5) ? null : r.GetInt64(5), Str(r, 6), Real(r, 7), Real(r, 8),
                    Str(r, 9), Str(r, 10), r.GetDouble(11), candidates.TryGetValue(r.GetInt32(0), out var list) ? list.ToImmutable() : [], r.GetString(12))
                {
                    EntityId = r.IsDBNull(4) ? null : r.GetInt32(4),
                    Bounds = r.IsDBNull(13) ? null : new GeoBox(r.GetDouble(13), r.GetDouble(14), r.GetDouble(15), r.GetDouble(16)),
                });
            }
        }

        return places.ToImmutable();
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
