using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>The geocoder's word lists from <c>data/geo/</c>: compass words ("eastern", "north-east") with the part of an extent each names, and facility words ("Airport", "Hospital").</summary>
public sealed class GeoLexicon
{
    /// <summary>Cache key in a <see cref="DataCatalog"/>.</summary>
    public const string CacheKey = "places/lexicon";

    internal GeoLexicon(FrozenDictionary<string, CompassPart> compass, FrozenSet<string> facilityWords, ImmutableArray<string> stamps)
    {
        FacilityWords = facilityWords;
        FacilityLookup = facilityWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Compass = compass;
        CompassLookup = compass.GetAlternateLookup<ReadOnlySpan<char>>();
        Stamps = stamps;
    }

    /// <summary>Stamps of the files it was read from.</summary>
    public ImmutableArray<string> Stamps { get; }

    internal FrozenDictionary<string, CompassPart> Compass { get; }

    internal FrozenSet<string> FacilityWords { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityLookup { get; }

    internal FrozenDictionary<string, CompassPart>.AlternateLookup<ReadOnlySpan<char>> CompassLookup { get; }

    /// <summary>"Hotel Kyjev": a facility word, then its name; named after a place, not in it (not "Club of New Jersey", which says where it is).</summary>
    internal bool IsNamedFacility(string text, List<Core.Model.TextSpan> words) =>
        words.Count >= 2 && FacilityLookup.Contains(text.AsSpan(words[0].Start, words[0].Length))
        && !text.AsSpan(words[1].Start, words[1].Length).Equals("of", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads the lexicon from a catalog (cached there).</summary>
    /// <exception cref="DataFileException">When a file is missing or malformed.</exception>
    public static GeoLexicon Load(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CacheKey, c =>
        {
            var compass = c.File(GeoDataFiles.Compass);
            var facilities = c.File(GeoDataFiles.FacilityWords);
            return new GeoLexicon(
                GeoDataFiles.ReadCompass(compass).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                GeoDataFiles.ReadFacilityWords(facilities).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                [compass.Stamp, facilities.Stamp]);
        });
    }
}
