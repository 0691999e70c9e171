using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Places a name the gazetteer lacks (a street, a hospital, a park) in the place the text puts it: a place name at its
/// start or end (<c>Colchester Hospital</c>, <c>Agriculture Park Wana</c>), or the place right after "in", "at" or a
/// comma (<c>Collins Avenue in Miami Beach</c>). The mention keeps no GeoNames id of its own; it gets the container's
/// point at lower confidence. A county or township (<c>Morris County</c>) is never placed at its namesake town. A name
/// that is in no place the text gives is put near the document's nearest named locality, as ACLED codes a village it
/// cannot find at the nearest known town (geo-precision 2 and 3): <c>Third Street</c> in a Harare story is in Harare.
/// A container or locality in another country than the one the document is about is not used (<c>Liverpool Academy</c>
/// in a Cairo story).
/// </summary>
internal sealed class PlaceContainers(Gazetteer gazetteer, GeoLexicon geo, PlaceResolver resolver, PlaceMisfits misfits)
{
    // A locality is supported by another of the document's places this close.
    private const double SupportKm = 300;

    // A locality is a pick at least this sure.
    private const double MinLocalityConfidence = 0.5;

    private static readonly string[] Links = [" in ", " at ", ", ", " near ", " of "];

    private static readonly string[] Common = ["new", "old", "great", "little", "upper", "lower"];

    private static readonly string[] Counties = ["county", "township", "parish", "borough", "district"];

    // A street named after a town is not in that town ("Collins Avenue", "Hampton Avenue").
    private static readonly string[] Streets = ["avenue", "ave", "street", "st", "road", "rd", "drive", "boulevard", "blvd", "lane", "way", "square", "place", "highway", "bridge"];

    public void Resolve(string text, PlaceResolver.Item[] items, PlaceContext context)
    {
        var focus = misfits.FocusCountry(items, null);
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

            // A street, or a facility named before its kind ("Hotel Kyjev"), is named after a place, not in it.
            var street = PlaceKeys.IsAny(text.AsSpan(words[^1].Start, words[^1].Length).TrimEnd('.'), Streets)
                || geo.IsNamedFacility(text, words);
            item.Container = Possessor(text, items, i) ?? (street ? null : Part(text, words, items, context, focus)) ?? Following(text, items, i);
        }

        (List<PlaceResolver.Item> Items, NearestSpans Index)? localities = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { Pick: < 0, Container: null, Mention.Role: PlaceRole.Mention or PlaceRole.Embedded })
            {
                localities ??= Localities(items, context, focus);
                var k = localities.Value.Index.Nearest(items[i].Mention.Span);
                items[i].Container = k >= 0 ? localities.Value.Items[k] : null;
                items[i].Near = items[i].Container is not null;
            }
        }
    }

    // A container or locality abroad is no place for a name the document gives without one: when most of the
    // document's confident places lie in one country, the place must be in it.
    private bool InFocus(PlaceResolver.Item place, ushort focus) =>
        focus == 0 || gazetteer.CountryIndexAt(place.Postings[place.Pick] >> 2) == focus;

    // The nearest confident town, village or second-level division the text names before the mention (else after it),
    // in the document's country and near another of its places ("Best" and "Buy" of a Best Buy are no locality of a
    // Virginia story); the dateline's place only when the body names none. Issue 9 point 1: the candidates are the
    // same for every mention, so they are chosen once and indexed by position (NearestSpans), not scanned per mention.
    private (List<PlaceResolver.Item> Items, NearestSpans Index) Localities(PlaceResolver.Item[] items, PlaceContext context, ushort focus)
    {
        var candidates = new List<PlaceResolver.Item>();
        var spans = new List<(TextSpan Span, long Penalty)>();
        foreach (var other in items)
        {
            if (other.Pick < 0 || other.Confidence < MinLocalityConfidence || other.Mention.Role is not (PlaceRole.Mention or PlaceRole.Embedded or PlaceRole.Dateline) || !IsLocal(other) || !InFocus(other, focus))
            {
                continue;
            }

            var penalty = other.Mention.Role == PlaceRole.Dateline ? (long)int.MaxValue : 0L;
            if (!(context.NearestAnchorKm(other.Postings[other.Pick] >> 2, other.Key!) < SupportKm))
            {
                penalty += 2L * int.MaxValue;
            }

            candidates.Add(other);
            spans.Add((other.Mention.Span, penalty));
        }

        return (candidates, new NearestSpans(spans));
    }

    private bool IsLocal(PlaceResolver.Item item)
    {
        var code = gazetteer.FeatureCode(item.Postings[item.Pick] >> 2);
        return FeaturePriors.IsPopulatedPlace(code) || (FeaturePriors.IsDivision(code) && code != "ADM1");
    }

    // The longest leading or trailing run of words that names a place of some size.
    private PlaceResolver.Item? Part(string text, List<TextSpan> words, PlaceResolver.Item[] items, PlaceContext context, ushort focus)
    {
        for (var n = words.Count - 1; n >= 1; n--)
        {
            foreach (var whole in new[] { new TextSpan(words[0].Start, words[n - 1].End), new TextSpan(words[^n].Start, words[^1].End) })
            {
                // "London's Heathrow Animal Reception Center": the possessive is no part of the name, and says the rest is in it.
                var possessive = Possessive(text, whole.End) || (whole.Length > 2 && text[whole.End - 1] == 's' && PlaceNames.IsApostrophe(text[whole.End - 2]));
                var span = possessive && text[whole.End - 1] == 's' ? new TextSpan(whole.Start, whole.End - 2) : whole;
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
                if (part.Pick >= 0 && focus > 0 && gazetteer.CountryIndexAt(part.Postings[part.Pick] >> 2) != focus && misfits.BestIn(part, focus, context) is var k and >= 0)
                {
                    // "Windsor Castle" in a story about England is in the English Windsor.
                    part.Choose(k);
                }

                // A name that only sounds like a town abroad ("Liverpool Academy" in Cairo) is not in it; a possessive
                // says so outright ("London's Heathrow Animal Reception Center").
                if (part.Pick >= 0 && (possessive || InFocus(part, focus)))
                {
                    return part;
                }
            }
        }

        return null;
    }

    private static bool Possessive(string text, int end) =>
        end + 2 <= text.Length && PlaceNames.IsApostrophe(text[end]) && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    private bool IsCompassOrCommon(string text, TextSpan span) =>
        geo.CompassLookup.ContainsKey(text.AsSpan(span.Start, span.Length)) || PlaceKeys.IsAny(text.AsSpan(span.Start, span.Length), Common);

    // "London's Heathrow Animal Reception Center": the place in the possessive right before the name holds it.
    private static PlaceResolver.Item? Possessor(string text, PlaceResolver.Item[] items, int i)
    {
        if (i == 0 || items[i - 1] is not { Pick: >= 0, Mention.Source: "possessive" } owner)
        {
            return null;
        }

        var gap = text.AsSpan(owner.Mention.Span.End, Math.Max(0, items[i].Mention.Span.Start - owner.Mention.Span.End));
        return gap.Length == 3 && PlaceNames.IsApostrophe(gap[0]) && gap[1] == 's' && gap[2] == ' ' ? owner : null;
    }

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
