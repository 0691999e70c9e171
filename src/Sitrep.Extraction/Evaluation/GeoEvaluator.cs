using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores geocoding against GeoWebNews-style gold (issue 4 point 7). Recognition: a gold toponym is recognised when a
/// predicted place overlaps it; precision counts a predicted place as right when it overlaps a gold toponym of any type
/// (the gold marks metonymic and embedded toponyms too). Resolution, on recognised toponyms: exact GeoNames id (over
/// those with a gold id), share within 161 km and mean error in km (a place resolved to the gold id counts at 0 km);
/// an unresolved prediction (kept without coordinates) counts as wrong. The same two shares are also given over the resolved predictions only.
/// </summary>
public static class GeoEvaluator
{
    /// <summary>The distance (100 miles) within which a point counts as right, as in the geoparsing literature.</summary>
    public const double AccuracyRadiusKm = 161;

    /// <summary>Runs <paramref name="pipeline"/> on every gold text and scores its places.</summary>
    public static GeoEvalReport Evaluate(Pipeline pipeline, IReadOnlyList<GeoGoldDocument> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var documents = gold.Select(g => pipeline.Process(new Document(g.Id, g.Text), cancellationToken)).ToList();
        return Score(gold, documents);
    }

    /// <summary>Scores analysed documents (same order as <paramref name="gold"/>) against the gold.</summary>
    public static GeoEvalReport Score(IReadOnlyList<GeoGoldDocument> gold, IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(documents);
        var literal = new Tally("literal");
        var all = new Tally("all");
        int predicted = 0, matched = 0;
        var errors = ImmutableArray.CreateBuilder<GeoError>();
        for (var d = 0; d < gold.Count; d++)
        {
            var places = documents[d].Places.Where(p => p.Role != PlaceRole.NotAPlace).ToList();
            predicted += places.Count;
            matched += places.Count(p => gold[d].Toponyms.Any(t => t.Span.Overlaps(p.Span)));
            foreach (var t in gold[d].Toponyms)
            {
                var p = places.Where(p => p.Span.Overlaps(t.Span)).MaxBy(p => Overlap(p.Span, t.Span));
                var error = ErrorKm(t, p);
                all.Add(t, p, error);
                if (t.IsLiteral)
                {
                    literal.Add(t, p, error);
                    var wrong = p is null || (t.GeonameId is { } id ? p.GeonameId != id : error is not < AccuracyRadiusKm);
                    if (wrong)
                    {
                        errors.Add(new GeoError(gold[d].Id, t, Describe(p), error));
                    }
                }
            }
        }

        return new GeoEvalReport(gold.Count, predicted, matched, literal.ToScore(), all.ToScore(), errors.ToImmutable());
    }

    /// <summary>
    /// The distance from the gold point to the predicted one, or null when nothing resolved. A place resolved to the
    /// gold GeoNames id is at 0 km whatever point our data gives it: two points for one id (a division's seat against
    /// GeoNames' own centroid of it) are a data-source difference, not an error (issue 9 point 11).
    /// </summary>
    internal static double? ErrorKm(GeoGoldToponym t, ResolvedPlace? p) => p switch
    {
        { IsResolved: false } or null => null,
        _ when t.GeonameId is { } id && p.GeonameId == id => 0,
        _ => GeoMath.DistanceKm(t.Latitude, t.Longitude, p.Latitude!.Value, p.Longitude!.Value),
    };

    private static string Describe(ResolvedPlace? p) => p switch
    {
        null => "not recognised",
        { IsResolved: false } => $"'{p.Text}' unresolved ({p.Rule})",
        _ => string.Create(CultureInfo.InvariantCulture, $"'{p.Text}' → {p.Name} {p.GeonameId} {p.Country} ({p.Feature}) conf {p.Confidence:0.00}: {p.Rule}"),
    };

    private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    private sealed class Tally(string name)
    {
        private int _gold, _recognised, _withId, _exact, _within, _resolved, _resolvedWithId;
        private double _totalKm;

        public void Add(GeoGoldToponym t, ResolvedPlace? p, double? errorKm)
        {
            _gold++;
            if (p is null)
            {
                return;
            }

            _recognised++;
            if (t.GeonameId is { } id)
            {
                _withId++;
                _exact += p.GeonameId == id ? 1 : 0;
            }

            if (errorKm is { } km)
            {
                _resolved++;
                _resolvedWithId += t.GeonameId is null ? 0 : 1;
                _totalKm += km;
                _within += km <= AccuracyRadiusKm ? 1 : 0;
            }
        }

        public GeoSubsetScore ToScore() => new(name, _gold, _recognised, _withId, _exact, _within, _resolved, _totalKm, _resolvedWithId);
    }
}
