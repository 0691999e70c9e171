namespace Sitrep.Extraction.Events.Casualties;

/// <summary>What a casualty word says and how it takes its count.</summary>
/// <param name="Kind">Killed or injured.</param>
/// <param name="Form">Where its count is found.</param>
internal readonly record struct AnchorInfo(CasualtyKind Kind, AnchorForm Form)
{
    /// <summary>True for a casualty word.</summary>
    public bool IsAnchor => Form != AnchorForm.None;
}
