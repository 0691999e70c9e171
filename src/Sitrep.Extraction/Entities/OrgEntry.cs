namespace Sitrep.Extraction.Entities;

/// <summary>A known organisation: its canonical name and acronym.</summary>
/// <param name="Name">Canonical name (<c>North Atlantic Treaty Organization</c>).</param>
/// <param name="Acronym">Acronym, if any (<c>NATO</c>).</param>
internal sealed record OrgEntry(string Name, string? Acronym);
