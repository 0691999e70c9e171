using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold toponym of a GeoWebNews-style document (issue 4 point 7).</summary>
/// <param name="Span">Where it lies in the document's text.</param>
/// <param name="Name">The toponym as written.</param>
/// <param name="Latitude">Gold latitude.</param>
/// <param name="Longitude">Gold longitude.</param>
/// <param name="GeonameId">Gold GeoNames id, when the annotators gave one.</param>
/// <param name="Type">GeoWebNews type (<c>Literal</c>, <c>Metonymic</c>, <c>Literal_Modifier</c>, …).</param>
public sealed record GeoGoldToponym(TextSpan Span, string Name, double Latitude, double Longitude, long? GeonameId, string Type)
{
    /// <summary>The types of the literal-place subset: the toponym names a place as a place.</summary>
    public static IReadOnlySet<string> LiteralTypes { get; } = new HashSet<string>(["Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion"], StringComparer.Ordinal);

    /// <summary>True when <see cref="Type"/> is in <see cref="LiteralTypes"/>.</summary>
    public bool IsLiteral => LiteralTypes.Contains(Type);
}
