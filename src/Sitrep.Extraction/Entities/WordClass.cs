namespace Sitrep.Extraction.Entities;

/// <summary>What a single word may signal to the recogniser; one lookup per token gives all of them.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    CommonWord = 1 << 0,
    FirstNameMale = 1 << 1,
    FirstNameFemale = 1 << 2,
    OrgCue = 1 << 3,
    PlaceCue = 1 << 4,
    PlaceCueLower = 1 << 5,
    Particle = 1 << 6,
    Reporting = 1 << 7,
    PronounMale = 1 << 8,
    PronounFemale = 1 << 9,
    NonEntity = 1 << 10,
    Demonym = 1 << 11,
    TitleLower = 1 << 12,
    TitleModifier = 1 << 13,
    EquipmentHead = 1 << 14,
    EquipmentModifier = 1 << 15,
    EquipmentTail = 1 << 16,
    TitleHead = 1 << 17,
    NameStart = 1 << 18,
    GroupNoun = 1 << 19,
    GroupModifier = 1 << 20,
    ActorVerb = 1 << 21,
    PlacePrefix = 1 << 22,
    NameBlocker = 1 << 23,
    OrgHead = 1 << 24,
    OrgNoun = 1 << 25,
    OrgAttribute = 1 << 26,
    WorkNoun = 1 << 27,
    PlaceFinal = 1 << 28,
    FirstName = FirstNameMale | FirstNameFemale,
    Pronoun = PronounMale | PronounFemale,
}
