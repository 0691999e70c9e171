namespace Sitrep.Core.Model;

/// <summary>
/// The 30 event labels of CASE 2021 Shared Task 2 (issue 8 point 2): the 25 ACLED sub-event types under their task
/// names, and five types outside ACLED. Member names are the task's label strings.
/// </summary>
#pragma warning disable CA1707 // the members are the task's own label strings, underscores included
public enum CaseLabel
{
    /// <summary>No label.</summary>
    None = 0,

    /// <summary>Abduction/forced disappearance.</summary>
    ABDUCT_DISSAP,

    /// <summary>Agreement.</summary>
    AGREEMENT,

    /// <summary>Air/drone strike.</summary>
    AIR_STRIKE,

    /// <summary>Armed clash.</summary>
    ARMED_CLASH,

    /// <summary>Arrests.</summary>
    ARREST,

    /// <summary>Shelling/artillery/missile attack.</summary>
    ART_MISS_ATTACK,

    /// <summary>Attack (violence against civilians).</summary>
    ATTACK,

    /// <summary>Attribution, claim or denial of responsibility (outside ACLED).</summary>
    ATTRIB,

    /// <summary>Change to group/activity.</summary>
    CHANGE_TO_GROUP_ACT,

    /// <summary>Chemical weapon.</summary>
    CHEM_WEAP,

    /// <summary>Diplomatic event (outside ACLED).</summary>
    DIPLO,

    /// <summary>Disrupted weapons use.</summary>
    DISR_WEAP,

    /// <summary>Excessive force against protesters.</summary>
    FORCE_AGAINST_PROTEST,

    /// <summary>Government regains territory.</summary>
    GOV_REGAINS_TERIT,

    /// <summary>Grenade.</summary>
    GRENADE,

    /// <summary>Headquarters or base established.</summary>
    HQ_ESTABLISHED,

    /// <summary>Man-made disaster (outside ACLED).</summary>
    MAN_MADE_DISASTER,

    /// <summary>Mob violence.</summary>
    MOB_VIOL,

    /// <summary>Natural disaster (outside ACLED).</summary>
    NATURAL_DISASTER,

    /// <summary>Non-state actor overtakes territory.</summary>
    NON_STATE_ACTOR_OVERTAKES_TER,

    /// <summary>Non-violent transfer of territory.</summary>
    NON_VIOL_TERRIT_TRANSFER,

    /// <summary>Organised crime (outside ACLED).</summary>
    ORG_CRIME,

    /// <summary>Other strategic development.</summary>
    OTHER,

    /// <summary>Peaceful protest.</summary>
    PEACE_PROTEST,

    /// <summary>Looting/property destruction.</summary>
    PROPERTY_DISTRUCT,

    /// <summary>Protest with intervention.</summary>
    PROTEST_WITH_INTER,

    /// <summary>Remote explosive/landmine/IED.</summary>
    REM_EXPLOS,

    /// <summary>Sexual violence.</summary>
    SEX_VIOL,

    /// <summary>Suicide bomb.</summary>
    SUIC_BOMB,

    /// <summary>Violent demonstration.</summary>
    VIOL_DEMONSTR,
}
#pragma warning restore CA1707
