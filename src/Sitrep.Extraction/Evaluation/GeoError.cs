namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold toponym the geocoder missed or placed wrongly, for error analysis.</summary>
/// <param name="DocumentId">Document id.</param>
/// <param name="Gold">The gold toponym.</param>
/// <param name="Predicted">What the geocoder made of it (<c>Tripoli 266826 LB (PPLA)</c>), or <c>not recognised</c>.</param>
/// <param name="ErrorKm">Distance from the gold point, when resolved.</param>
public sealed record GeoError(string DocumentId, GeoGoldToponym Gold, string Predicted, double? ErrorKm);
