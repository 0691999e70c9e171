namespace Sitrep.Core.Model;

/// <summary>
/// ACLED's 25 sub-event types (issue 8 point 2). Their event type, disorder type, display name and CASE 2021 label are
/// not written here but in the versioned mapping file <c>data/events/acled-types.txt</c>.
/// </summary>
public enum AcledSubEventType
{
    /// <summary>Battles: armed clash.</summary>
    ArmedClash = 1,

    /// <summary>Battles: government regains territory.</summary>
    GovernmentRegainsTerritory,

    /// <summary>Battles: non-state actor overtakes territory.</summary>
    NonStateActorOvertakesTerritory,

    /// <summary>Explosions/Remote violence: chemical weapon.</summary>
    ChemicalWeapon,

    /// <summary>Explosions/Remote violence: air/drone strike.</summary>
    AirDroneStrike,

    /// <summary>Explosions/Remote violence: suicide bomb.</summary>
    SuicideBomb,

    /// <summary>Explosions/Remote violence: shelling/artillery/missile attack.</summary>
    ShellingArtilleryMissileAttack,

    /// <summary>Explosions/Remote violence: remote explosive/landmine/IED.</summary>
    RemoteExplosiveLandmineIed,

    /// <summary>Explosions/Remote violence: grenade.</summary>
    Grenade,

    /// <summary>Violence against civilians: sexual violence.</summary>
    SexualViolence,

    /// <summary>Violence against civilians: attack.</summary>
    Attack,

    /// <summary>Violence against civilians: abduction/forced disappearance.</summary>
    AbductionForcedDisappearance,

    /// <summary>Protests: peaceful protest.</summary>
    PeacefulProtest,

    /// <summary>Protests: protest with intervention.</summary>
    ProtestWithIntervention,

    /// <summary>Protests: excessive force against protesters.</summary>
    ExcessiveForceAgainstProtesters,

    /// <summary>Riots: violent demonstration.</summary>
    ViolentDemonstration,

    /// <summary>Riots: mob violence.</summary>
    MobViolence,

    /// <summary>Strategic developments: agreement.</summary>
    Agreement,

    /// <summary>Strategic developments: arrests.</summary>
    Arrests,

    /// <summary>Strategic developments: change to group/activity.</summary>
    ChangeToGroupActivity,

    /// <summary>Strategic developments: disrupted weapons use.</summary>
    DisruptedWeaponsUse,

    /// <summary>Strategic developments: headquarters or base established.</summary>
    HeadquartersOrBaseEstablished,

    /// <summary>Strategic developments: looting/property destruction.</summary>
    LootingPropertyDestruction,

    /// <summary>Strategic developments: non-violent transfer of territory.</summary>
    NonViolentTransferOfTerritory,

    /// <summary>Strategic developments: other.</summary>
    Other,
}
