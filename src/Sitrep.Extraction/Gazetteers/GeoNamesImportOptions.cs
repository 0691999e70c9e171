using System.Collections.Frozen;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>Settings of <see cref="GeoNamesImporter"/>.</summary>
public sealed record GeoNamesImportOptions
{
    /// <summary>Default of <see cref="Features"/>: places, countries, divisions, continents, regions, seas, deserts, peninsulas, islands.</summary>
    public static FrozenSet<string> DefaultFeatures { get; } = FrozenSet.ToFrozenSet(
        ["P.*", "A.PCLI", "A.PCLD", "A.PCLS", "A.PCLF", "A.PCL", "A.PCLIX", "A.TERR", "A.ADM1", "A.ADM2", "A.ADMD", "L.CONT", "L.RGN", "L.RGNE",
         "H.OCN", "H.SEA", "H.GULF", "H.BAY", "H.STRT", "H.CHN", "T.PEN", "T.DSRT", "T.ISL", "T.ISLS"],
        StringComparer.Ordinal);

    /// <summary>Start from the default gazetteer (npm packages and <c>data/geo/</c>) and add the dumps over it; false: the dumps and <c>data/geo/</c> only.</summary>
    public bool IncludeDefaults { get; init; } = true;

    /// <summary>Feature classes and codes kept from the <c>geoname</c> tables, as <c>CLASS.CODE</c> or <c>CLASS.*</c>; null keeps every row.</summary>
    public IReadOnlySet<string>? Features { get; init; } = DefaultFeatures;

    /// <summary>Count malformed rows and go on (true), or stop at the first with its file and line (false).</summary>
    public bool Lenient { get; init; } = true;

    /// <summary>At most this many malformed rows are listed in the report (all are counted).</summary>
    public int MaxListedProblems { get; init; } = 20;

    /// <summary>True when a row of this feature class and code is kept.</summary>
    public bool Keeps(string featureClass, string featureCode) =>
        Features is null || Features.Contains($"{featureClass}.{featureCode}") || Features.Contains($"{featureClass}.*");
}
