namespace Sitrep.Core.Model;

/// <summary>
/// ACLED's actor types (issue 8 point 1), numbered as ACLED's <c>inter1</c>/<c>inter2</c> columns number them
/// (ACLED codebook, "Actor types"). A state's forces acting outside their own country are
/// <see cref="ExternalOther"/>, as ACLED codes them.
/// </summary>
public enum AcledActorCategory
{
    /// <summary>Not categorised (a diplomatic actor in a non-conflict event, or the default value).</summary>
    None = 0,

    /// <summary>State forces: the military, police and other armed agents of a government in its own country.</summary>
    StateForces = 1,

    /// <summary>Rebel groups: organised armed groups that seek to overthrow or secede from a state.</summary>
    RebelGroup = 2,

    /// <summary>Political militias: armed groups with a political aim that do not seek to overthrow the state (party militias, pro-government militias, unidentified armed groups, gangs in political violence).</summary>
    PoliticalMilitia = 3,

    /// <summary>Identity militias: armed groups organised around an ethnic, religious, communal or clan identity ("Hindu and Muslim mobs", "Fulani militia").</summary>
    IdentityMilitia = 4,

    /// <summary>Rioters: people who use violence in a demonstration or mob.</summary>
    Rioters = 5,

    /// <summary>Protesters: people demonstrating without violence.</summary>
    Protesters = 6,

    /// <summary>Civilians: unarmed people, the victims of violence (never the source of a violent event).</summary>
    Civilians = 7,

    /// <summary>External and other forces: international organisations, foreign state forces, private security.</summary>
    ExternalOther = 8,
}
