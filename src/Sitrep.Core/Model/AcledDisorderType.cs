namespace Sitrep.Core.Model;

/// <summary>ACLED's disorder types (the <c>disorder_type</c> column).</summary>
public enum AcledDisorderType
{
    /// <summary>Political violence: battles, explosions/remote violence, violence against civilians, mob violence.</summary>
    PoliticalViolence = 1,

    /// <summary>Demonstrations: protests and violent demonstrations.</summary>
    Demonstrations,

    /// <summary>Strategic developments.</summary>
    StrategicDevelopments,
}
