using System.Globalization;
using System.Text;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>The parts of one candidate's score, kept apart so that the chosen place can say why it won.</summary>
internal readonly record struct Evidence(double Prior, double Country, double Qualifier, double Admin1, double Proximity, double NearestKm, double Named = 0, double Admin2 = 0)
{
    public double Total => Prior + Country + Qualifier + Admin1 + Proximity + Named + Admin2;

    /// <summary>Scores a posting (<c>entry &lt;&lt; 2 | NameKind</c>) of the mention named <paramref name="key"/>.</summary>
    public static Evidence Of(Gazetteer gazetteer, GeocoderOptions options, PlaceContext context, int posting, string key, int qualifier, bool secondPass)
    {
        var entry = posting >> 2;
        var prior = gazetteer.PriorAt(entry) - FeaturePriors.NamePenalty((NameKind)(posting & 3));
        var country = gazetteer.CountryIndexAt(entry);
        var countryScore = country > 0 && context.CountryWeight(country, key) > 1e-9
            ? (options.CountryShareWeight * context.CountryShare(country, key)) + options.CountryMentionedBonus
            : 0;
        var qualifierScore = qualifier >= 0 ? QualifierScore(gazetteer, options, entry, qualifier) : 0;
        double admin1 = 0, admin2 = 0, proximity = 0, nearest = double.PositiveInfinity;
        var code = gazetteer.FeatureCode(entry);
        if (secondPass && !FeaturePriors.IsCountry(code) && !FeaturePriors.IsLargeArea(code))
        {
            // A town in the division of another place, or a division holding another place ("Georgia" with "Atlanta").
            admin1 = context.SharesAdmin1(entry, key) ? options.Admin1Bonus : 0;

            // A town inside a county or district the document names (containment, not distance: a county's point is
            // its seat, and its towns lie tens of kilometres around it).
            admin2 = context.InNamedAdmin2(entry, key) ? options.Admin2Bonus : 0;
        }

        if (secondPass && !FeaturePriors.IsCountry(code) && !FeaturePriors.IsLargeArea(code) && code != "ADM1")
        {
            nearest = context.NearestAnchorKm(entry, key);
            proximity = nearest switch
            {
                < 25 => options.ProximityWeight,
                < 100 => options.ProximityWeight * 2 / 3,
                < 300 => options.ProximityWeight / 3,
                _ => 0,
            };
        }

        // The place another name of the document was resolved to: the same place named twice, at least as strong as
        // being near it (proximity weight); an ADM1 gets no proximity, so its own name elsewhere is all it can have.
        // Only for an entry that holds the mention's name as its own ("Oklahoma" is not Oklahoma City however often
        // the city is named).
        var named = secondPass && (NameKind)(posting & 3) <= NameKind.Official && context.PickedByOther(entry, key) ? options.ProximityWeight : 0;
        return new Evidence(prior, countryScore, qualifierScore, admin1, proximity, nearest, named, admin2);
    }

    private static double QualifierScore(Gazetteer gazetteer, GeocoderOptions options, int entry, int qualifier)
    {
        var sameCountry = gazetteer.CountryIndexAt(entry) == gazetteer.CountryIndexAt(qualifier);
        if (gazetteer.FeatureCode(qualifier) == "ADM1")
        {
            var sameDivision = sameCountry && gazetteer.Admin1IndexAt(entry) == gazetteer.Admin1IndexAt(qualifier) && gazetteer.Admin1IndexAt(entry) > 0;
            return sameDivision ? options.QualifierWeight : sameCountry ? options.QualifierWeight / 3 : -options.QualifierWeight;
        }

        return sameCountry ? options.QualifierWeight : -options.QualifierWeight;
    }

    /// <summary>The evidence that made the pick: <c>qualifier Lebanon; country LY in context; 38 km from another place; prior PPLC pop 1150989</c>.</summary>
    public string Describe(Gazetteer gazetteer, int entry, string? qualifierName)
    {
        var sb = new StringBuilder(96);
        if (Qualifier != 0)
        {
            sb.Append("qualifier ").Append(qualifierName).Append("; ");
        }

        if (Country != 0)
        {
            sb.Append("country ").Append(gazetteer.CountryCode(entry)).Append(" in context; ");
        }

        if (Admin1 != 0)
        {
            sb.Append("division shared with another place; ");
        }

        if (Admin2 != 0)
        {
            sb.Append("in a county or district the document names; ");
        }

        if (Named != 0)
        {
            sb.Append("named so by another mention; ");
        }

        if (Proximity != 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{NearestKm:0} km from another place; ");
        }

        sb.Append("prior ").Append(gazetteer.FeatureCode(entry));
        if (gazetteer.Tables.Populations[entry] is var population and > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" pop {population}");
        }

        return sb.ToString();
    }
}
