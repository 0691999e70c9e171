using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>Distances on the sphere and compass parts of boxes.</summary>
public static class GeoMath
{
    /// <summary>Mean Earth radius in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres between two points given in degrees (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * rad;
        var dLon = (lon2 - lon1) * rad;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The part of <paramref name="box"/> a compass word names: halves for N/S/E/W, quarters for NE/NW/SE/SW, the middle third for C.</summary>
    public static GeoBox Part(GeoBox box, CompassPart part)
    {
        var east = box.East < box.West ? box.East + 360 : box.East;
        var (w, s, e, n) = (box.West, box.South, east, box.North);
        var midLon = (w + e) / 2;
        var midLat = (s + n) / 2;
        var (pw, ps, pe, pn) = part switch
        {
            CompassPart.N => (w, midLat, e, n),
            CompassPart.S => (w, s, e, midLat),
            CompassPart.E => (midLon, s, e, n),
            CompassPart.W => (w, s, midLon, n),
            CompassPart.NE => (midLon, midLat, e, n),
            CompassPart.NW => (w, midLat, midLon, n),
            CompassPart.SE => (midLon, s, e, midLat),
            CompassPart.SW => (w, s, midLon, midLat),
            _ => (w + ((e - w) / 3), s + ((n - s) / 3), e - ((e - w) / 3), n - ((n - s) / 3)),
        };
        return new GeoBox(Wrap(pw), ps, Wrap(pe), pn);
    }

    private static double Wrap(double lon) => lon > 180 ? lon - 360 : lon;
}
