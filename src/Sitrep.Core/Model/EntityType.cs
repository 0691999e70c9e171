namespace Sitrep.Core.Model;

/// <summary>Entity types of the export contract (issue 2 point 8).</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation, government, armed group or company.</summary>
    Org,

    /// <summary>A place: country, city, region, body of water.</summary>
    Place,

    /// <summary>A nationality or demonym (<c>Turkish</c>, <c>Libyans</c>).</summary>
    Nationality,

    /// <summary>Military equipment (drones, armored vehicles, missile systems).</summary>
    Equipment,
}
