namespace Sitrep.Extraction.Entities;

/// <summary>What stands before a person's name and is no role.</summary>
internal enum Honorific
{
    /// <summary>No such title.</summary>
    None,

    /// <summary>A form of address: <c>Mr</c>, <c>Mrs</c>, <c>Ms</c>, <c>Miss</c>, <c>Dr</c>.</summary>
    Courtesy,

    /// <summary>A knighthood or peerage: <c>Sir</c>, <c>Dame</c>, <c>Lord</c>, <c>Lady</c>; its holder is not <c>Mr</c> or <c>Mrs</c>.</summary>
    Rank,
}

/// <summary>A title from <c>person-titles.txt</c> that is no role: its kind and the gender it says (<see cref="WordClass.None"/> when none).</summary>
internal readonly record struct HonorificEntry(Honorific Kind, WordClass Gender);
