using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Coordinated place names are of one kind: in "Tamil Nadu, Karnataka, Kerala and Puducherry" the ambiguous last name
/// (a territory, its capital and a district share it) is a first-level division like the three before it; in "Texas,
/// Georgia and Florida" Georgia is a state, in "Armenia, Georgia and Azerbaijan" a country. A list is a run of place
/// mentions joined only by a comma, "and" or "or" (English coordination; a qualifier such as "Tacoma, Washington" is
/// no list member). When a member's fellow members picked with confidence (at least two, and more than half of them)
/// are all of one kind (country, first-level division, second-level division, populated place; "Saipan, Guam, Alaska"
/// mixes a territory and states, so it is no agreement), that member's candidates of that kind gain
/// <see cref="GeocoderOptions.ListKindWeight"/>. Pure over the items' first-pass picks (STYLE A5).
/// </summary>
internal static class PlaceLists
{
    /// <summary>The kinds of place a list agrees on.</summary>
    internal enum Kind
    {
        None,
        Country,
        Division1,
        Division2,
        Populated,
    }

    // What may stand between two members of a list (the longest first).
    private static readonly string[] Joints = [", and ", ", or ", " and ", " or ", ", "];

    /// <summary>The kind of place a GeoNames feature code is, for list agreement.</summary>
    internal static Kind KindOf(string featureCode) => featureCode switch
    {
        _ when FeaturePriors.IsCountry(featureCode) => Kind.Country,
        "ADM1" => Kind.Division1,
        "ADM2" => Kind.Division2,
        _ when FeaturePriors.IsPopulatedPlace(featureCode) => Kind.Populated,
        _ => Kind.None,
    };

    /// <summary>
    /// The lists among <paramref name="items"/> (indices, in text order; each of two members or more). Items must be in
    /// text order; an item that is or has a qualifier, or is not a place, ends a list.
    /// </summary>
    internal static List<List<int>> Find(string text, PlaceResolver.Item[] items)
    {
        var lists = new List<List<int>>();
        List<int>? run = null;
        for (var i = 0; i < items.Length; i++)
        {
            var m = items[i].Mention;
            var member = m.Role is PlaceRole.Mention or PlaceRole.Metonymy && m.Qualifier < 0 && items[i].QualifierOf < 0 && m.Compass is null;
            if (!member)
            {
                Close(ref run, lists);
                continue;
            }

            if (run is not null && Joined(text, items[run[^1]].Mention.Span.End, m.Span.Start))
            {
                run.Add(i);
            }
            else
            {
                Close(ref run, lists);
                run = [i];
            }
        }

        Close(ref run, lists);
        return lists;
    }

    /// <summary>
    /// The per-candidate bonus of each list member whose fellow members agree on a kind, added to the item's
    /// <see cref="PlaceResolver.Item.Adjust"/>; returns the members changed (to score again).
    /// </summary>
    internal static List<int> Apply(Gazetteer gazetteer, GeocoderOptions options, PlaceResolver.Item[] items, List<List<int>> lists)
    {
        var changed = new List<int>();
        foreach (var list in lists)
        {
            foreach (var i in list)
            {
                var counts = new int[5];
                var others = 0;
                foreach (var j in list)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    others++;
                    var o = items[j];
                    if (o.Pick >= 0 && o.Confidence >= options.AnchorConfidence)
                    {
                        counts[(int)KindOf(gazetteer.FeatureCode(o.Postings[o.Pick] >> 2))]++;
                    }
                }

                var kind = Kind.None;
                var confident = counts.Sum();
                for (var k = 1; k < counts.Length; k++)
                {
                    if (counts[k] >= 2 && counts[k] == confident && 2 * counts[k] > others)
                    {
                        kind = (Kind)k;
                    }
                }

                var item = items[i];
                if (kind == Kind.None || item.Postings.Length < 2)
                {
                    continue;
                }

                var any = false;
                for (var k = 0; k < item.Postings.Length; k++)
                {
                    if (KindOf(gazetteer.FeatureCode(item.Postings[k] >> 2)) == kind)
                    {
                        item.Adjust ??= new double[item.Postings.Length];
                        item.Adjust[k] += options.ListKindWeight;
                        any = true;
                    }
                }

                if (any)
                {
                    item.ListedWith = kind;
                    changed.Add(i);
                }
            }
        }

        return changed;
    }

    /// <summary>The rule's words for a pick of <paramref name="featureCode"/> in a list that agreed on <paramref name="kind"/>, or "".</summary>
    internal static string Describe(Kind kind, string featureCode) => kind != Kind.None && KindOf(featureCode) == kind
        ? kind switch
        {
            Kind.Country => "listed with countries; ",
            Kind.Division1 => "listed with first-level divisions; ",
            Kind.Division2 => "listed with second-level divisions; ",
            _ => "listed with towns and cities; ",
        }
        : string.Empty;

    private static bool Joined(string text, int end, int start)
    {
        if (start < end || start - end > 6)
        {
            return false;
        }

        var gap = text.AsSpan(end, start - end);
        foreach (var joint in Joints)
        {
            if (gap.SequenceEqual(joint))
            {
                return true;
            }
        }

        return false;
    }

    private static void Close(ref List<int>? run, List<List<int>> lists)
    {
        if (run is { Count: >= 2 })
        {
            lists.Add(run);
        }

        run = null;
    }
}
