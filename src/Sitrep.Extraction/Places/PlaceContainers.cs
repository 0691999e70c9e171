using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Places a name the gazetteer lacks (a street, a hospital, a park) in the place the text puts it: a place name at its
/// start or end (<c>Colchester Hospital</c>, <c>Agriculture Park Wana</c>), or the place right after "in", "at" or a
/// comma (<c>Collins Avenue in Miami Beach</c>). The mention keeps no GeoNames id of its own; it gets the container's
/// point at lower confidence. A county or township (<c>Morris County</c>) is never placed at its namesake town.
/// </summary>
internal sealed class PlaceContainers(Gazetteer gazetteer, GeoLexicon geo, PlaceResolver resolver)
{
    private static readonly string[] Links = [" in ", " at ", ", ", " near ", " of "];

    private static readonly string[] Common = ["new", "old", "great", "little", "upper", "lower"];

    private static readonly string[] Counties = ["county", "township", "parish", "borough", "district"];

    // A street named after a town is not in that town ("Collins Avenue", "Hampton Avenue").
    private static readonly string[] Streets = ["avenue", "ave", "street", "st", "road", "rd", "drive", "boulevard", "blvd", "lane", "way", "square", "place", "highway", "bridge"];

    public void Resolve(string text, PlaceResolver.Item[] items, PlaceContext context)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Pick >= 0 || item.Mention.Role is PlaceRole.NotAPlace or PlaceRole.Dateline)
            {
                continue;
            }

            var words = PlaceMentionFinder.Words(text, item.Mention.Span);
            if (words.Count == 0 || PlaceKeys.IsAny(text.AsSpan(words[^1].Start, words[^1].Length), Counties))
            {
                continue;
            }

            var street = PlaceKeys.IsAny(text.AsSpan(words[^1].Start, words[^1].Length).TrimEnd('.'), Streets);
            item.Container = (street ? null : Part(text, words, items, context)) ?? Following(text, items, i);
        }
    }

    // The longest leading or trailing run of words that names a place of some size.
    private PlaceResolver.Item? Part(string text, List<TextSpan> words, PlaceResolver.Item[] items, PlaceContext context)
    {
        for (var n = words.Count - 1; n >= 1; n--)
        {
            foreach (var span in new[] { new TextSpan(words[0].Start, words[n - 1].End), new TextSpan(words[^n].Start, words[^1].End) })
            {
                // A part must be a place by its own name, and a single word a city at least ("Colchester", not "West").
                var postings = PlaceKeys.Find(gazetteer, text, span.Start, span.End);
                var strength = PlaceKeys.Strength.None;
                foreach (var p in postings)
                {
                    if ((NameKind)(p & 3) != NameKind.Derived && PlaceKeys.Of(gazetteer, p >> 2, (NameKind)(p & 3)) is var s && s > strength)
                    {
                        strength = s;
                    }
                }

                if (strength < (n == 1 ? PlaceKeys.Strength.City : PlaceKeys.Strength.Medium) || (n == 1 && (IsCompassOrCommon(text, span) || geo.FacilityLookup.Contains(text.AsSpan(span.Start, span.Length)))))
                {
                    continue;
                }

                var part = resolver.Prepare(text, new PlaceMention(span, PlaceRole.Mention, "within", null));
                resolver.Score(part, items, context, secondPass: true);
                if (part.Pick >= 0)
                {
                    return part;
                }
            }
        }

        return null;
    }

    private bool IsCompassOrCommon(string text, TextSpan span) =>
        geo.CompassLookup.ContainsKey(text.AsSpan(span.Start, span.Length)) || PlaceKeys.IsAny(text.AsSpan(span.Start, span.Length), Common);

    // "X in Y", "X at Y", "X, Y": the next mention, when it is resolved and follows directly.
    private static PlaceResolver.Item? Following(string text, PlaceResolver.Item[] items, int i)
    {
        if (i + 1 >= items.Length || items[i + 1].Pick < 0)
        {
            return null;
        }

        var gap = text.AsSpan(items[i].Mention.Span.End, Math.Max(0, items[i + 1].Mention.Span.Start - items[i].Mention.Span.End));
        foreach (var link in Links)
        {
            if (gap.SequenceEqual(link))
            {
                return items[i + 1];
            }
        }

        return null;
    }
}
