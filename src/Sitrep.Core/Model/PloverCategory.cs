namespace Sitrep.Core.Model;

/// <summary>
/// The sixteen event categories of PLOVER (Political Language Ontology for Verifiable Event Records, Open Event Data
/// Alliance; the categories of the POLECAT data set). Earlier PLOVER drafts named <see cref="Request"/> <c>DEMAND</c>,
/// split <see cref="Accuse"/> into <c>INVESTIGATE</c> and <c>DISAPPROVE</c>, and had a <c>CRIME</c> category that was
/// later removed. PLOVER does not code CAMEO roots 01 (statements) and 02 (appeals): those codes have no category.
/// </summary>
public enum PloverCategory
{
    /// <summary>No PLOVER category (CAMEO roots 01 and 02, or the default value).</summary>
    None = 0,

    /// <summary>Agree to, offer or promise cooperation (verbal cooperation; CAMEO 03).</summary>
    Agree,

    /// <summary>Meetings, visits, talks, negotiation, mediation (verbal cooperation; CAMEO 04).</summary>
    Consult,

    /// <summary>Diplomatic, non-material support, praise, recognition, signed agreements (verbal cooperation; CAMEO 05).</summary>
    Support,

    /// <summary>Verbal concessions: eased restrictions, acceded demands (verbal cooperation; CAMEO 080–083).</summary>
    Concede,

    /// <summary>Mutual material cooperation: economic, military, judicial, intelligence (material cooperation; CAMEO 06).</summary>
    Cooperate,

    /// <summary>Material aid benefiting the recipient, asylum (material cooperation; CAMEO 07).</summary>
    Aid,

    /// <summary>Material concessions: releases, returns, access, ceasefires, withdrawals (material cooperation; CAMEO 084–087).</summary>
    Retreat,

    /// <summary>Demands and orders (verbal conflict; CAMEO 10, PLOVER's former <c>DEMAND</c>).</summary>
    Request,

    /// <summary>Accusations, criticism, investigations (verbal conflict; CAMEO 09 and 11).</summary>
    Accuse,

    /// <summary>Rejections, refusals, vetoes, defiance (verbal conflict; CAMEO 12).</summary>
    Reject,

    /// <summary>Threats (verbal conflict; CAMEO 13).</summary>
    Threaten,

    /// <summary>Demonstrations, strikes, boycotts, riots (material conflict; CAMEO 14).</summary>
    Protest,

    /// <summary>Reduced or broken relations, stopped aid, expulsions (material conflict; CAMEO 16).</summary>
    Sanction,

    /// <summary>Raised alert status, mobilised police or armed forces (material conflict; CAMEO 15).</summary>
    Mobilize,

    /// <summary>Seizures, administrative sanctions, arrests, deportations, blockades (material conflict; CAMEO 17, 191–192).</summary>
    Coerce,

    /// <summary>Violence: abductions, bombings, assassinations, armed combat, mass violence (material conflict; CAMEO 18–20).</summary>
    Assault,
}
