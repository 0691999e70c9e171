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
}
