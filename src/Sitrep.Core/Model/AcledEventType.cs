namespace Sitrep.Core.Model;

/// <summary>ACLED's six event types (issue 8 point 2), grouped by <see cref="AcledDisorderType"/>.</summary>
public enum AcledEventType
{
    /// <summary>Battles: violent interaction between two organised armed groups.</summary>
    Battles = 1,

    /// <summary>Explosions/Remote violence: one-sided violence by explosives, air strikes, artillery, chemical weapons.</summary>
    ExplosionsRemoteViolence,

    /// <summary>Violence against civilians: violence by an organised armed group on unarmed people.</summary>
    ViolenceAgainstCivilians,

    /// <summary>Protests: non-violent demonstrations.</summary>
    Protests,

    /// <summary>Riots: violent demonstrations and mob violence.</summary>
    Riots,

    /// <summary>Strategic developments: significant non-violent events (agreements, arrests, bases, looting, transfers of territory).</summary>
    StrategicDevelopments,
}
