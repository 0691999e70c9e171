namespace Sitrep.Core.Model;

/// <summary>How an entity is mentioned.</summary>
public enum MentionKind
{
    /// <summary>A full or partial proper name (<c>Jalel Harchaoui</c>, <c>Harchaoui</c>).</summary>
    Name,

    /// <summary>An acronym or other alias of an earlier name (<c>GNA</c> for <c>National Accord Government</c>).</summary>
    Alias,

    /// <summary>A common-noun phrase (<c>the minister</c>, <c>drones</c>).</summary>
    Nominal,

    /// <summary>A pronoun (<c>he</c>, <c>they</c>).</summary>
    Pronoun,
}
