using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;

namespace Sitrep.Extraction.Tests.Evaluation;

public sealed class GeoEvaluatorTests
{
    private const string Text = "Fighting in Cook County and Springfield.";

    [Fact]
    public void Score_GoldIdResolvedAtAnotherPoint_IsExactAndAtZeroKm()
    {
        // Our point for Cook County is its seat (Chicago); the gold gives GeoNames' own centroid, far enough off that
        // a distance alone would miss the 161 km radius. The id is the place: a different point is the data source.
        var gold = new GeoGoldDocument("d", Text, [new GeoGoldToponym(new TextSpan(12, 23), "Cook County", 40.0, -89.0, 4888671, "Literal")]);
        var doc = new Document("d", Text) { Places = [Place(12, 23, 4888671, 41.85, -87.65)] };

        var report = GeoEvaluator.Score([gold], [doc]);

        Assert.Equal(1, report.Literal.ExactId);
        Assert.Equal(1, report.Literal.Within161Km);
        Assert.Equal(0, report.Literal.MeanErrorKm);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Score_OtherIdAtAnotherPoint_CountsTheDistance()
    {
        var gold = new GeoGoldDocument("d", Text, [new GeoGoldToponym(new TextSpan(28, 39), "Springfield", 39.8, -89.64, 4250542, "Literal")]);
        var doc = new Document("d", Text) { Places = [Place(28, 39, 4951788, 42.1, -72.59)] };

        var report = GeoEvaluator.Score([gold], [doc]);

        Assert.Equal(0, report.Literal.ExactId);
        Assert.Equal(0, report.Literal.Within161Km);
        Assert.True(report.Literal.MeanErrorKm > 1000);
    }

    [Fact]
    public void Score_Precision_IsPredictedPlacesOnGoldToponymsOverPredictedPlaces()
    {
        // Two places found, one on a gold toponym; a mention judged not a place does not count.
        var gold = new GeoGoldDocument("d", Text, [new GeoGoldToponym(new TextSpan(12, 23), "Cook County", 41.8, -87.8, 4888671, "Literal")]);
        var doc = new Document("d", Text)
        {
            Places = [Place(12, 23, 4888671, 41.85, -87.65), Place(28, 39, 4250542, 39.8, -89.64), Place(0, 8, null, null, null) with { Role = PlaceRole.NotAPlace }],
        };

        var report = GeoEvaluator.Score([gold], [doc]);

        Assert.Equal((2, 1, 0.5), (report.Predicted, report.PredictedMatched, report.Precision));
    }

    private static ResolvedPlace Place(int start, int end, long? id, double? lat, double? lon) =>
        new(new TextSpan(start, end), Text[start..end], PlaceRole.Mention, id, id is null ? null : Text[start..end], lat, lon, "US", id is null ? null : "ADM2", 0.9, [], "test");
}
