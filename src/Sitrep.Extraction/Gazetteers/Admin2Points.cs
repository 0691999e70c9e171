namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// The populated places GeoNames gives one second-level division (same country, admin1 and admin2 code), folded into
/// one point for a division that has no row of its own (<c>admin2Codes.txt</c> has ids and names only; issue 9 point
/// 11). The point is the division's seat when a place carrying the code is one (<c>PPLA2</c>, or a higher seat,
/// <c>PPLA</c>/<c>PPLC</c>, which is also its county's seat), else the population-weighted centroid of the places
/// (each weighs its population plus one, so places without a population count). The centroid is taken on unit vectors,
/// so a division across the antimeridian is not placed on the other side of the Earth.
/// </summary>
internal readonly record struct Admin2Points(double X, double Y, double Z, (double Lat, double Lon)? Seat, int SeatRank)
{
    /// <summary>The division's point, or null when no place was added.</summary>
    public (double Lat, double Lon)? Point
    {
        get
        {
            if (Seat is { } seat)
            {
                return seat;
            }

            var norm = Math.Sqrt((X * X) + (Y * Y) + (Z * Z));
            if (norm < 1e-12)
            {
                return null;
            }

            return (Math.Asin(Math.Clamp(Z / norm, -1, 1)) * 180 / Math.PI, Math.Atan2(Y, X) * 180 / Math.PI);
        }
    }

    /// <summary>These places and one more.</summary>
    public Admin2Points With(GeoNamesRow row)
    {
        var w = Math.Max(row.Population, 0) + 1.0;
        var (lat, lon) = (row.Latitude * Math.PI / 180, row.Longitude * Math.PI / 180);
        var rank = SeatRankOf(row.FeatureCode);
        var seat = rank > SeatRank ? (row.Latitude, row.Longitude) : Seat;
        return new Admin2Points(X + (w * Math.Cos(lat) * Math.Cos(lon)), Y + (w * Math.Cos(lat) * Math.Sin(lon)), Z + (w * Math.Sin(lat)), seat, Math.Max(rank, SeatRank));
    }

    // The division's own seat first; a capital or first-level seat in it is also its seat (Chicago is Cook County's).
    private static int SeatRankOf(string featureCode) => featureCode switch
    {
        "PPLA2" => 3,
        "PPLA" or "PPLC" => 2,
        _ => 0,
    };
}
