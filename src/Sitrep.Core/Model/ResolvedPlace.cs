using System.Collections.Immutable;

namespace Sitrep.Core.Model;

/// <summary>
/// A place mention resolved against the gazetteer (issue 4 point 4). An unresolvable mention is kept with no id and
/// no coordinates, never dropped.
/// </summary>
/// <param name="Span">Where the mention lies in <see cref="Document.Text"/>.</param>
/// <param name="Text">The mention as written (<c>Tripoli</c>, <c>eastern Libya</c>).</param>
/// <param name="Role">How the mention stands in the text (body, dateline, inside a name, not a place).</param>
/// <param name="GeonameId">The chosen GeoNames id, or null when unresolved or when the place is one of Sitrep's own regions without one. For a compass region (<c>eastern Libya</c>, feature <c>RGN</c>) it is the id of the place named (Libya), of which the region is a part.</param>
/// <param name="Name">The chosen entry's name, or null when unresolved.</param>
/// <param name="Latitude">Latitude in degrees (WGS 84), or null when unresolved.</param>
/// <param name="Longitude">Longitude in degrees (WGS 84), or null when unresolved.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the chosen place's country, if any.</param>
/// <param name="Feature">GeoNames feature code of the chosen place (<c>PPLC</c>, <c>PCLI</c>, <c>ADM1</c>, <c>RGN</c>), or null when unresolved.</param>
/// <param name="Confidence">The geocoder's belief in the choice, 0..1.</param>
/// <param name="Candidates">Up to three runner-up candidates, best first.</param>
/// <param name="Rule">How the choice was made, with its evidence (<c>context: country LY</c>, <c>qualifier: Lebanon</c>, <c>unknown</c>).</param>
public sealed record ResolvedPlace(
    TextSpan Span,
    string Text,
    PlaceRole Role,
    long? GeonameId,
    string? Name,
    double? Latitude,
    double? Longitude,
    string? Country,
    string? Feature,
    double Confidence,
    ImmutableArray<PlaceCandidate> Candidates,
    string Rule)
{
    /// <summary>The entity this mention belongs to in <see cref="Document.Entities"/>, if any.</summary>
    public int? EntityId { get; init; }

    /// <summary>The extent of a region (a compass part of a country, a named region), when known.</summary>
    public GeoBox? Bounds { get; init; }

    /// <summary>How the rule of a place set near the document's nearest locality begins (a name no gazetteer entry has).</summary>
    public const string NearRulePrefix = "near ";

    /// <summary>
    /// True when the point is only the document's nearest locality, not the place itself (ACLED codes a village it
    /// cannot find at the nearest known town): an event there is located to the region, not the town.
    /// </summary>
    public bool IsApproximate => GeonameId is null && IsResolved && Rule.StartsWith(NearRulePrefix, StringComparison.Ordinal);

    /// <summary>True when the mention has coordinates.</summary>
    public bool IsResolved => Latitude is not null && Longitude is not null;
}
