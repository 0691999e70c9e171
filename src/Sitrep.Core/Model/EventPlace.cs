namespace Sitrep.Core.Model;

/// <summary>Where an event happened: a resolved place and how precisely it locates the event (issue 4 point 5).</summary>
/// <param name="Place">The place.</param>
/// <param name="Precision">City, region or country.</param>
/// <param name="Rule">Where the place came from: <c>clause</c>, <c>sentence</c> or <c>focus</c> (the document's focus country).</param>
public sealed record EventPlace(ResolvedPlace Place, GeoPrecision Precision, string Rule);
