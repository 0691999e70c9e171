namespace Sitrep.Extraction.Gazetteers;

/// <summary>How a name belongs to a gazetteer entry; a lookup prefers the stronger kinds.</summary>
public enum NameKind : byte
{
    /// <summary>The entry's own name (GeoNames <c>name</c>, a country's common name).</summary>
    Primary = 0,

    /// <summary>An official, ASCII or short form the sources give (<c>asciiname</c>, a country's official name, our aliases).</summary>
    Official = 1,

    /// <summary>One of GeoNames' alternate names (exonyms, other spellings).</summary>
    Alternate = 2,

    /// <summary>Derived by Sitrep from another name (<c>Derna</c> from <c>Derna District</c>, <c>Hague</c> from <c>The Hague</c>).</summary>
    Derived = 3,
}
