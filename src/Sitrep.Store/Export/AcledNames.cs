using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// ACLED's display names of the Core enums (issue 8 point 7), as the export writes them. The Store depends only on
/// Core (STYLE §4), so it cannot load <c>data/events/acled-types.txt</c> through <c>AcledTaxonomy</c>; the sub-event
/// names are kept here and a test checks that they agree with the file's <c>name</c> column. Event types, disorder
/// types and actor types are ACLED codebook names the file does not carry.
/// </summary>
internal static class AcledNames
{
    /// <summary>ACLED's <c>sub_event_type</c> ("Air/drone strike").</summary>
    public static string Of(AcledSubEventType subEvent) => subEvent switch
    {
        AcledSubEventType.ArmedClash => "Armed clash",
        AcledSubEventType.GovernmentRegainsTerritory => "Government regains territory",
        AcledSubEventType.NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
        AcledSubEventType.ChemicalWeapon => "Chemical weapon",
        AcledSubEventType.AirDroneStrike => "Air/drone strike",
        AcledSubEventType.SuicideBomb => "Suicide bomb",
        AcledSubEventType.ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
        AcledSubEventType.RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED",
        AcledSubEventType.Grenade => "Grenade",
        AcledSubEventType.SexualViolence => "Sexual violence",
        AcledSubEventType.Attack => "Attack",
        AcledSubEventType.AbductionForcedDisappearance => "Abduction/forced disappearance",
        AcledSubEventType.PeacefulProtest => "Peaceful protest",
        AcledSubEventType.ProtestWithIntervention => "Protest with intervention",
        AcledSubEventType.ExcessiveForceAgainstProtesters => "Excessive force against protesters",
        AcledSubEventType.ViolentDemonstration => "Violent demonstration",
        AcledSubEventType.MobViolence => "Mob violence",
        AcledSubEventType.Agreement => "Agreement",
        AcledSubEventType.Arrests => "Arrests",
        AcledSubEventType.ChangeToGroupActivity => "Change to group/activity",
        AcledSubEventType.DisruptedWeaponsUse => "Disrupted weapons use",
        AcledSubEventType.HeadquartersOrBaseEstablished => "Headquarters or base established",
        AcledSubEventType.LootingPropertyDestruction => "Looting/property destruction",
        AcledSubEventType.NonViolentTransferOfTerritory => "Non-violent transfer of territory",
        AcledSubEventType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(subEvent), subEvent, "Unknown ACLED sub-event type; add its name to the export."),
    };

    /// <summary>ACLED's <c>event_type</c> ("Explosions/Remote violence").</summary>
    public static string Of(AcledEventType eventType) => eventType switch
    {
        AcledEventType.Battles => "Battles",
        AcledEventType.ExplosionsRemoteViolence => "Explosions/Remote violence",
        AcledEventType.ViolenceAgainstCivilians => "Violence against civilians",
        AcledEventType.Protests => "Protests",
        AcledEventType.Riots => "Riots",
        AcledEventType.StrategicDevelopments => "Strategic developments",
        _ => throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Unknown ACLED event type; add its name to the export."),
    };

    /// <summary>ACLED's <c>disorder_type</c> ("Political violence").</summary>
    public static string Of(AcledDisorderType disorder) => disorder switch
    {
        AcledDisorderType.PoliticalViolence => "Political violence",
        AcledDisorderType.Demonstrations => "Demonstrations",
        AcledDisorderType.StrategicDevelopments => "Strategic developments",
        _ => throw new ArgumentOutOfRangeException(nameof(disorder), disorder, "Unknown ACLED disorder type; add its name to the export."),
    };

    /// <summary>ACLED's name of an actor type (the codebook's <c>inter</c> codes 1–8: "State forces", "Civilians"); null for <see cref="AcledActorCategory.None"/>.</summary>
    public static string? Of(AcledActorCategory category) => category switch
    {
        AcledActorCategory.None => null,
        AcledActorCategory.StateForces => "State forces",
        AcledActorCategory.RebelGroup => "Rebel group",
        AcledActorCategory.PoliticalMilitia => "Political militia",
        AcledActorCategory.IdentityMilitia => "Identity militia",
        AcledActorCategory.Rioters => "Rioters",
        AcledActorCategory.Protesters => "Protesters",
        AcledActorCategory.Civilians => "Civilians",
        AcledActorCategory.ExternalOther => "External/Other forces",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown ACLED actor type; add its name to the export."),
    };
}
