namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// What kind of place a GeoNames feature code is, and how likely news means it when it names it with no other clue
/// (issue 4 point 3: country, continent, capital, first-level division, admin seat, then towns by population).
/// </summary>
public static class FeaturePriors
{
    /// <summary>Weight of the base-10 logarithm of the population in <see cref="Prior"/>.</summary>
    public const double PopulationWeight = 1.0;

    /// <summary>The prior of a feature code and population: higher is likelier.</summary>
    public static double Prior(string featureCode, long population) => Base(featureCode) + (PopulationWeight * Math.Log10(Math.Max(population, 0) + 1));

    /// <summary>The prior of a feature code alone.</summary>
    public static double Base(string featureCode) => featureCode switch
    {
        // A country named in news is the country, whatever city shares its name ("Mexico", "Turkey"), unless the
        // document's places lie in a division of that name ("Georgia" beside "Atlanta").
        "PCLI" or "PCL" or "PCLD" or "PCLS" or "PCLF" or "PCLIX" or "TERR" => 16,
        "CONT" => 14,
        "ADM1" or "ADMD" => 10.5,
        "OCN" or "SEA" => 10,
        "RGN" or "RGNE" or "PEN" or "DSRT" => 9.5,
        "GULF" or "STRT" or "BAY" or "CHN" => 9,
        "ADM2" => 6,
        "PPLC" => 6,
        "PPLA" or "PPLG" => 4,
        "PPLA2" => 2.4,
        "PPLA3" => 2.2,
        "PPLA4" or "PPLA5" => 2.1,
        "PPLX" or "PPLL" or "PPLF" or "PPLR" or "PPLS" => 1,
        _ when featureCode.StartsWith("PPL", StringComparison.Ordinal) => 2,
        _ => 1.5,
    };

    /// <summary>How much weaker a place is when the text uses a weaker kind of its names.</summary>
    public static double NamePenalty(NameKind kind) => kind switch
    {
        NameKind.Primary or NameKind.Official => 0,
        _ => 2.5,
    };

    /// <summary>True for countries and dependent territories.</summary>
    public static bool IsCountry(string featureCode) => featureCode.StartsWith("PCL", StringComparison.Ordinal) || featureCode == "TERR";

    /// <summary>True for populated places (cities, towns, villages, capitals, seats).</summary>
    public static bool IsPopulatedPlace(string featureCode) => featureCode.StartsWith("PPL", StringComparison.Ordinal);

    /// <summary>True for administrative divisions below the country (<c>ADM1</c>…<c>ADM5</c>, <c>ADMD</c>).</summary>
    public static bool IsDivision(string featureCode) => featureCode.StartsWith("ADM", StringComparison.Ordinal);

    /// <summary>True for continents, oceans, seas and regions larger than a country's division.</summary>
    public static bool IsLargeArea(string featureCode) => featureCode is "CONT" or "OCN" or "SEA" or "RGN" or "RGNE" or "GULF";
}
