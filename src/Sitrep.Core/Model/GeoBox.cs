namespace Sitrep.Core.Model;

/// <summary>A bounding box in degrees (WGS 84): the extent of a region, a country or a compass part of one.</summary>
/// <param name="West">Western longitude, -180..180.</param>
/// <param name="South">Southern latitude, -90..90.</param>
/// <param name="East">Eastern longitude, -180..180 (less than <paramref name="West"/> when the box crosses the antimeridian).</param>
/// <param name="North">Northern latitude, -90..90, at least <paramref name="South"/>.</param>
public readonly record struct GeoBox(double West, double South, double East, double North)
{
    /// <summary>The box's centre (latitude, longitude).</summary>
    public (double Latitude, double Longitude) Center
    {
        get
        {
            var east = East < West ? East + 360 : East;
            var lon = (West + east) / 2;
            return ((South + North) / 2, lon > 180 ? lon - 360 : lon);
        }
    }

    /// <summary>True when the point lies inside the box (edges included).</summary>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (East >= West ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);
}
