namespace Sitrep.Core.Model;

/// <summary>How precisely an event's place is known, in the spirit of ACLED's geo-precision codes (issue 4 point 5).</summary>
public enum GeoPrecision
{
    /// <summary>No place.</summary>
    None = 0,

    /// <summary>A city, town or village (or a point inside one).</summary>
    City = 1,

    /// <summary>A region or first- or second-level division: the event happened somewhere inside it.</summary>
    Region = 2,

    /// <summary>Only the country is known.</summary>
    Country = 3,
}
