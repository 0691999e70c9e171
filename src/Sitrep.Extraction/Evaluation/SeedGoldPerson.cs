namespace Sitrep.Extraction.Evaluation;

/// <summary>A gold person of the reference article.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Role">Role (<c>Interior Minister</c>, <c>reporter</c>), if annotated.</param>
/// <param name="Affiliation">Affiliation, if annotated (not scored).</param>
public sealed record SeedGoldPerson(string Name, string? Role, string? Affiliation);
