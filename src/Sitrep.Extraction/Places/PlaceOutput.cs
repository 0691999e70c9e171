using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>Turns a resolved mention into the <see cref="ResolvedPlace"/> the document keeps (with runner-ups and a compass region).</summary>
internal static class PlaceOutput
{
    public static ResolvedPlace Build(Gazetteer gazetteer, GeocoderOptions options, string text, PlaceResolver.Item item, PlaceResolver.Item[] items, PlaceContext context)
    {
        var m = item.Mention;
        var span = m.Span;
        var written = text[span.Start..span.End];
        if (m.Role == PlaceRole.NotAPlace)
        {
            return new ResolvedPlace(span, written, m.Role, null, null, null, null, null, null, 0, [], $"not a place: {m.Reason}") { EntityId = m.EntityId };
        }

        if (item.Pick < 0 && item.Container is { Pick: >= 0 } container)
        {
            var e = container.Postings[container.Pick] >> 2;
            var id = Id(gazetteer, e)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            return new ResolvedPlace(span, written, m.Role, null, gazetteer.NameAt(e), Deg(gazetteer.LatitudeAt(e)), Deg(gazetteer.LongitudeAt(e)),
                Country(gazetteer, e), gazetteer.FeatureCode(e), Math.Round(container.Confidence / (item.Near ? 4 : 2), 4), Considered(gazetteer, options, item),
                item.Near ? $"{ResolvedPlace.NearRulePrefix}{gazetteer.NameAt(e)} ({id}): {(item.Misfit is { } why ? why : "no gazetteer entry has this name")}; placed at the nearest locality the document names"
                    : $"within {gazetteer.NameAt(e)} ({id}): no gazetteer entry has the whole name")
            {
                EntityId = m.EntityId,
            };
        }

        if (item.Pick < 0)
        {
            return new ResolvedPlace(span, written, m.Role, null, null, null, null, null, null, 0, Considered(gazetteer, options, item),
                item.Misfit is { } why ? $"unplaced: {why}" : "unknown: no gazetteer entry has this name") { EntityId = m.EntityId };
        }

        var entry = item.Postings[item.Pick] >> 2;
        var qualifier = m.Qualifier >= 0 && items[m.Qualifier].Pick >= 0 ? items[m.Qualifier].Postings[items[m.Qualifier].Pick] >> 2 : -1;
        var evidence = Evidence.Of(gazetteer, options, context, item.Postings[item.Pick], item.Key!, qualifier, secondPass: true);
        var rule = $"{m.Source}: {(item.Misfit is { } misfit ? $"{misfit}, so the nearest candidate in the document's country; " : string.Empty)}{PlaceLists.Describe(item.ListedWith, gazetteer.FeatureCode(entry))}{evidence.Describe(gazetteer, entry, qualifier >= 0 ? gazetteer.NameAt(qualifier) : null)}";
        var runnerUps = ImmutableArray.CreateBuilder<PlaceCandidate>(Math.Min(options.RunnerUps, item.Postings.Length - 1));
        foreach (var k in TopOthers(item, options.RunnerUps))
        {
            var e = item.Postings[k] >> 2;
            runnerUps.Add(new PlaceCandidate(Id(gazetteer, e), gazetteer.NameAt(e), Country(gazetteer, e), gazetteer.FeatureCode(e),
                Deg(gazetteer.LatitudeAt(e)), Deg(gazetteer.LongitudeAt(e)), Math.Round(item.Share(k), 4)));
        }

        var code = gazetteer.FeatureCode(entry);
        var bounds = gazetteer.BoundsOf(entry);
        if (m.Compass is { } compass && (FeaturePriors.IsCountry(code) || FeaturePriors.IsDivision(code) || FeaturePriors.IsLargeArea(code) || code is "PEN" or "DSRT"))
        {
            // "eastern Libya": the compass part of the place's extent, a region of its country (issue 4 point 1).
            var part = bounds is { } b ? GeoMath.Part(b, compass.Part) : (GeoBox?)null;
            var (lat, lon) = part?.Center ?? (Deg(gazetteer.LatitudeAt(entry)), Deg(gazetteer.LongitudeAt(entry)));
            return new ResolvedPlace(compass.Span, text[compass.Span.Start..compass.Span.End], m.Role, Id(gazetteer, entry), $"{compass.Word.ToLowerInvariant()} {gazetteer.NameAt(entry)}",
                Math.Round(lat, 5), Math.Round(lon, 5), Country(gazetteer, entry), "RGN", Math.Round(item.Confidence, 4), runnerUps.ToImmutable(),
                $"compass {compass.Part} of {gazetteer.NameAt(entry)} ({Id(gazetteer, entry)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}){(part is null ? ", extent unknown" : string.Empty)}; {rule}")
            {
                EntityId = m.EntityId,
                Bounds = part,
            };
        }

        return new ResolvedPlace(span, written, m.Role, Id(gazetteer, entry), gazetteer.NameAt(entry), Deg(gazetteer.LatitudeAt(entry)), Deg(gazetteer.LongitudeAt(entry)),
            Country(gazetteer, entry), code, Math.Round(item.Confidence, 4), runnerUps.ToImmutable(), rule)
        {
            EntityId = m.EntityId,
            Bounds = bounds,
        };
    }

    // A mention left without a pick (its pick did not fit the document): the candidates it had, best first, with their
    // softmax shares, so that what was set aside stays visible.
    private static ImmutableArray<PlaceCandidate> Considered(Gazetteer gazetteer, GeocoderOptions options, PlaceResolver.Item item)
    {
        if (item.Postings.Length == 0 || item.Scores.Length != item.Postings.Length)
        {
            return [];
        }

        var max = item.Scores.Max();
        var sum = item.Scores.Sum(s => Math.Exp(s - max));
        var result = ImmutableArray.CreateBuilder<PlaceCandidate>();
        foreach (var k in Enumerable.Range(0, item.Postings.Length).OrderByDescending(k => item.Scores[k]).Take(options.RunnerUps))
        {
            var e = item.Postings[k] >> 2;
            result.Add(new PlaceCandidate(Id(gazetteer, e), gazetteer.NameAt(e), Country(gazetteer, e), gazetteer.FeatureCode(e),
                Deg(gazetteer.LatitudeAt(e)), Deg(gazetteer.LongitudeAt(e)), Math.Round(Math.Exp(item.Scores[k] - max) / sum, 4)));
        }

        return result.ToImmutable();
    }

    // The best-scored candidates other than the pick, best first (a small selection, not a sort of all of them).
    private static List<int> TopOthers(PlaceResolver.Item item, int count)
    {
        var top = new List<int>(count + 1);
        for (var k = 0; k < item.Postings.Length; k++)
        {
            if (k == item.Pick)
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && item.Scores[top[at - 1]] < item.Scores[k])
            {
                at--;
            }

            if (at < count)
            {
                top.Insert(at, k);
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return top;
    }

    // Index coordinates are single precision: round to 5 decimals (about a metre) instead of printing float noise.
    private static double Deg(float value) => Math.Round((double)value, 5);

    private static long? Id(Gazetteer gazetteer, int entry) => gazetteer.GeonameIdAt(entry) is var id and > 0 ? id : null;

    private static string? Country(Gazetteer gazetteer, int entry) => gazetteer.CountryCode(entry) is { Length: 2 } c ? c : null;
}
