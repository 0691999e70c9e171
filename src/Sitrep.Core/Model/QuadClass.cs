namespace Sitrep.Core.Model;

/// <summary>
/// GDELT's four-way grouping of CAMEO root codes (GDELT 2.0 event codebook, <c>QuadClass</c>): roots 01–05 are verbal
/// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. The numeric values are
/// GDELT's, so they can be written to its <c>QuadClass</c> column as they are.
/// </summary>
public enum QuadClass
{
    /// <summary>No quad class: only the default value of an unparsed code has it.</summary>
    None = 0,

    /// <summary>Roots 01–05: statements, appeals, intents to cooperate, consultations, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06–08: material cooperation, aid, yielding.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 09–13: investigations, demands, disapproval, rejections, threats.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 14–20: protest, force posture, reduced relations, coercion, assault, fighting, mass violence.</summary>
    MaterialConflict = 4,
}
