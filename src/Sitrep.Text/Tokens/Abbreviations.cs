using System.Collections.Frozen;

namespace Sitrep.Text.Tokens;

/// <summary>Words that take a period without ending a sentence. Matched case-sensitively, without the period.</summary>
public static class Abbreviations
{
    /// <summary>Titles and honorifics: never end a sentence (<c>Mr.</c>, <c>Gen.</c>).</summary>
    public static FrozenSet<string> Titles { get; } = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Pres", "Supt", "Insp", "Brig", "Amb", "Messrs", "Mme",
    ], StringComparer.Ordinal);

    /// <summary>Other abbreviations that rarely end a sentence (<c>Jan.</c>, <c>No.</c>, <c>approx.</c>).</summary>
    public static FrozenSet<string> Common { get; } = FrozenSet.ToFrozenSet(
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "vs", "etc", "approx", "est", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn",
        "Mt", "Ft", "Ave", "Blvd", "Rd", "Ste", "Fig", "fig", "Vol", "vol", "pp", "p", "cf", "al", "Ala", "Ariz",
        "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
        "Wyo", "U.S", "e.g", "i.e", "a.m", "p.m",
    ], StringComparer.Ordinal);

    /// <summary>Words that commonly start a sentence: after an initialism such as <c>U.S.</c> they signal a boundary.</summary>
    public static FrozenSet<string> SentenceStarters { get; } = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since",
        "Although", "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "No",
        "Officials", "Asked", "Last", "Earlier", "Later", "Still", "Now", "Then", "Also", "Both", "Such", "What",
    ], StringComparer.Ordinal);

    /// <summary>True when a word followed by a period is an abbreviation (title, common abbreviation, or a single capital initial).</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        var lookupTitles = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupCommon = Common.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookupTitles.Contains(word) || lookupCommon.Contains(word);
    }
}
