namespace Sitrep.Extraction.Events.Casualties;

/// <summary>What a casualty statement counts (issue 8 point 3).</summary>
public enum CasualtyKind
{
    /// <summary>People killed ("killing 6 civilians", "12 dead", "the death toll rose to 25").</summary>
    Killed,

    /// <summary>People injured ("injuring 12", "12 wounded", "sustained injuries").</summary>
    Injured,
}
