using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>Name keys of text spans and how strongly a key names a place on its own.</summary>
internal static class PlaceKeys
{
    /// <summary>How strongly a name means a place when nothing else is known.</summary>
    public enum Strength
    {
        /// <summary>No place has the name.</summary>
        None,

        /// <summary>Only small places have the name.</summary>
        Weak,

        /// <summary>A town of some size.</summary>
        Medium,

        /// <summary>A big city (100,000 people or more) or an admin seat.</summary>
        City,

        /// <summary>A country, continent, sea, first-level division, named region or capital.</summary>
        Major,
    }

    /// <summary>Population from which a town is a <see cref="Strength.City"/>.</summary>
    public const long CityPopulation = 100_000;

    /// <summary>Population from which a town is a <see cref="Strength.Medium"/>.</summary>
    public const long MediumPopulation = 10_000;

    /// <summary>The postings of the text <c>text[start..end)</c>; empty when it has no key or no place.</summary>
    public static ReadOnlySpan<int> Find(Gazetteer gazetteer, string text, int start, int end)
    {
        Span<char> buffer = stackalloc char[PlaceNames.MaxKeyLength];
        var length = end - start <= 2 * PlaceNames.MaxKeyLength ? PlaceNames.Normalize(text.AsSpan(start, end - start), buffer) : -1;
        return length > 0 ? gazetteer.Find(buffer[..length]) : [];
    }

    /// <summary>True when a longer name may start with the word <c>text[start..end)</c> (see <see cref="Gazetteer.StartsLongerName"/>).</summary>
    public static bool StartsLongerName(Gazetteer gazetteer, string text, int start, int end)
    {
        Span<char> buffer = stackalloc char[PlaceNames.MaxKeyLength];
        var length = end - start <= 2 * PlaceNames.MaxKeyLength ? PlaceNames.Normalize(text.AsSpan(start, end - start), buffer) : -1;
        return length > 0 && gazetteer.StartsLongerName(buffer[..length]);
    }

    /// <summary>True when <paramref name="word"/> is one of <paramref name="words"/>, case aside.</summary>
    public static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How strongly the postings' best place (by prior, with its name kind) stands as a place.</summary>
    public static Strength Of(Gazetteer gazetteer, ReadOnlySpan<int> postings)
    {
        var best = Strength.None;
        foreach (var p in postings)
        {
            var s = Of(gazetteer, p >> 2, (NameKind)(p & 3));
            if (s > best)
            {
                best = s;
            }

            if (best == Strength.Major)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>How strongly one place stands, given how the text named it.</summary>
    public static Strength Of(Gazetteer gazetteer, int entry, NameKind kind)
    {
        var code = gazetteer.FeatureCode(entry);
        var population = gazetteer.Tables.Populations[entry];
        var derived = kind >= NameKind.Alternate;
        if (FeaturePriors.IsCountry(code) || code is "CONT" or "OCN" or "SEA" or "GULF" or "ADM1" or "RGN" or "PEN" or "DSRT" or "STRT" or "PPLC")
        {
            return kind == NameKind.Derived && code != "ADM1" ? Strength.Medium : Strength.Major;
        }

        if (code == "ADM2")
        {
            return kind == NameKind.Derived ? Strength.Medium : Strength.City;
        }

        if (population >= (derived ? 5 * CityPopulation : CityPopulation) || (!derived && code is "PPLA" or "PPLG"))
        {
            return Strength.City;
        }

        if (population >= (derived ? CityPopulation : MediumPopulation) || (!derived && code is "PPLA2"))
        {
            return Strength.Medium;
        }

        return Strength.Weak;
    }
}
