namespace Sitrep.Extraction.Entities;

/// <summary>A known organisation: its canonical name and acronym.</summary>
/// <param name="Name">Canonical name (<c>North Atlantic Treaty Organization</c>).</param>
/// <param name="Acronym">Acronym, if any (<c>NATO</c>).</param>
/// <param name="IsArmedGroup">True for an armed group.</param>
/// <param name="HasBranches">True for an armed group whose regional branches are named by <c>in</c> + a place (<c>al-Qaeda in Iraq</c>).</param>
internal sealed record OrgEntry(string Name, string? Acronym, bool IsArmedGroup = false, bool HasBranches = false);
