using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Codebook;

/// <summary>One code of the CAMEO codebook (<c>data/cameo/codebook.txt</c>).</summary>
/// <param name="Code">The event code.</param>
/// <param name="Name">Its short name from the CAMEO manual (<c>Use conventional military force, not specified below</c>).</param>
/// <param name="Goldstein">Goldstein conflict-cooperation weight, -10 (most conflictual) to +10 (most cooperative).</param>
/// <param name="Plover">The PLOVER category the code maps to; <see cref="PloverCategory.None"/> for roots 01 and 02, which PLOVER does not code.</param>
public sealed record CameoCodebookEntry(EventCode Code, string Name, double Goldstein, PloverCategory Plover)
{
    /// <summary>The two-digit root code.</summary>
    public EventCode Root => Code.Root;

    /// <summary>GDELT's quad class, from the root.</summary>
    public QuadClass QuadClass => Code.QuadClass;
}
