namespace Sitrep.Extraction.Gazetteers;

/// <summary>The part of a region's extent a compass word names (<c>eastern</c> → <see cref="E"/>).</summary>
public enum CompassPart
{
    /// <summary>The northern half.</summary>
    N,

    /// <summary>The southern half.</summary>
    S,

    /// <summary>The eastern half.</summary>
    E,

    /// <summary>The western half.</summary>
    W,

    /// <summary>The north-eastern quarter.</summary>
    NE,

    /// <summary>The north-western quarter.</summary>
    NW,

    /// <summary>The south-eastern quarter.</summary>
    SE,

    /// <summary>The south-western quarter.</summary>
    SW,

    /// <summary>The middle third in both directions.</summary>
    C,
}
