using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>The names the export contract uses for model values (issue 2 point 8); stable, independent of C# enum names.</summary>
public static class ContractNames
{
    /// <summary><c>PERSON ORG PLACE NATIONALITY EQUIPMENT</c>.</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Place => "PLACE",
        EntityType.Nationality => "NATIONALITY",
        EntityType.Equipment => "EQUIPMENT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type; add it to the export contract."),
    };

    /// <summary>The PLOVER category in upper case (<c>ASSAULT</c>, <c>SUPPORT</c>); empty for <see cref="PloverCategory.None"/>.</summary>
    public static string Of(PloverCategory plover) => plover == PloverCategory.None ? string.Empty : plover.ToString().ToUpperInvariant();

    /// <summary><c>direct</c> or <c>indirect</c>.</summary>
    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quote kind; add it to the export contract."),
    };

    /// <summary><c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary><c>mention</c>, <c>dateline</c>, <c>metonymy</c>, <c>embedded</c> or <c>not-a-place</c> (issue 4).</summary>
    public static string Of(PlaceRole role) => role switch
    {
        PlaceRole.Mention => "mention",
        PlaceRole.Dateline => "dateline",
        PlaceRole.Embedded => "embedded",
        PlaceRole.Metonymy => "metonymy",
        PlaceRole.NotAPlace => "not-a-place",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown place role; add it to the export contract."),
    };

    /// <summary><c>city</c>, <c>region</c>, <c>country</c> or <c>none</c> (issue 4 point 5; ACLED-like geo-precision 1, 2, 3).</summary>
    public static string Of(GeoPrecision precision) => precision switch
    {
        GeoPrecision.City => "city",
        GeoPrecision.Region => "region",
        GeoPrecision.Country => "country",
        GeoPrecision.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };

    /// <summary>Parses <see cref="Of(PlaceRole)"/> back; false for an unknown name.</summary>
    public static bool TryParse(string name, out PlaceRole role)
    {
        role = name switch
        {
            "mention" => PlaceRole.Mention,
            "dateline" => PlaceRole.Dateline,
            "embedded" => PlaceRole.Embedded,
            "metonymy" => PlaceRole.Metonymy,
            "not-a-place" => PlaceRole.NotAPlace,
            _ => (PlaceRole)(-1),
        };
        return Enum.IsDefined(role);
    }
}
