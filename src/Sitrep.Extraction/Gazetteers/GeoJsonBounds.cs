using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>The bounding box of every coordinate in a GeoJSON file (a country outline of npm <c>world-countries</c>).</summary>
internal static class GeoJsonBounds
{
    /// <summary>The box, or null when the file holds no coordinates. A box wider than 180° is taken to cross the antimeridian.</summary>
    public static GeoBox? Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        double w = 180, s = 90, e = -180, n = -90;
        double wPos = 180, ePos = -180, wNeg = 180, eNeg = -180;
        var any = false;
        Visit(doc.RootElement);
        if (!any)
        {
            return null;
        }

        // Points on both sides of the antimeridian: take the box that does not wrap the whole globe.
        if (e - w > 180 && wNeg < 180 && ePos > -180)
        {
            return new GeoBox(wPos, s, eNeg, n);
        }

        return new GeoBox(w, s, e, n);

        void Visit(JsonElement el)
        {
            if (el.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in el.EnumerateObject())
                {
                    if (p.NameEquals("coordinates"))
                    {
                        Coordinates(p.Value);
                    }
                    else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Visit(p.Value);
                    }
                }
            }
            else if (el.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in el.EnumerateArray())
                {
                    Visit(item);
                }
            }
        }

        void Coordinates(JsonElement el)
        {
            if (el.ValueKind != JsonValueKind.Array || el.GetArrayLength() == 0)
            {
                return;
            }

            if (el[0].ValueKind == JsonValueKind.Number && el.GetArrayLength() >= 2)
            {
                var lon = el[0].GetDouble();
                var lat = el[1].GetDouble();
                any = true;
                (w, e, s, n) = (Math.Min(w, lon), Math.Max(e, lon), Math.Min(s, lat), Math.Max(n, lat));
                if (lon >= 0)
                {
                    (wPos, ePos) = (Math.Min(wPos, lon), Math.Max(ePos, lon));
                }
                else
                {
                    (wNeg, eNeg) = (Math.Min(wNeg, lon), Math.Max(eNeg, lon));
                }

                return;
            }

            foreach (var item in el.EnumerateArray())
            {
                Coordinates(item);
            }
        }
    }
}
