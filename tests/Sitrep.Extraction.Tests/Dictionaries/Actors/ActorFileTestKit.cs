using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Tests.Dictionaries.Actors;

/// <summary>Writes small data files to a temporary folder and parses them as the catalog would.</summary>
internal static class ActorFileTestKit
{
    public static DataFile File(string name, params string[] lines)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-actor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllLines(path, ["# test-actors v1: test file", .. lines]);
        return DataCatalog.Parse(path);
    }

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
