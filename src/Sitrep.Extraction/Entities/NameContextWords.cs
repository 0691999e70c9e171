using System.Collections.Immutable;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// The closed classes of function words and context words <see cref="NameChunker"/> reads around a name. They are
/// English grammar (prepositions, auxiliaries, the small words of titles), not a lexicon of names, so they live in code
/// beside the rules that read them; the open word classes are in <c>entity-words.txt</c>.
/// </summary>
internal static class NameContextWords
{
    /// <summary>
    /// Words right before a country that make it an actor (issue 9 point 8): a preposition of agency or benefit ("with",
    /// "by", "for"), a list's head ("include") or a verb taking a state as object ("support", "urged", "condemned").
    /// </summary>
    public static readonly ImmutableArray<string> ActorContext = ["with", "by", "for", "include", "includes", "including", "support", "supporting", "help", "helping", "assist", "enable", "urge", "urged", "join", "joined", "back", "backs",
        "warn", "warned", "warning", "accuse", "accused", "accusing", "blame", "blamed", "blaming", "condemn", "condemned", "criticised", "criticized", "threatened", "pressed", "pressing", "sanctioned", "persuade"];

    /// <summary>Words right before an unknown name that make it a place: a locative preposition or a verb of movement or attack ("near", "fled", "shelled").</summary>
    public static readonly ImmutableArray<string> LocativeContext = ["in", "near", "into", "outside", "around", "across", "toward", "towards", "inside", "from", "to", "fled",
        "entered", "reached", "captured", "liberated", "striking", "struck", "attacked", "bombed", "shelled", "seized", "retook", "recaptured", "besieged", "targeted"];

    /// <summary>Locative prepositions before a country (or before the list it is in) that keep it a place, never an actor.</summary>
    public static readonly ImmutableArray<string> Locatives = ["in", "inside", "into", "across", "from", "within", "throughout", "near", "around", "through", "toward", "towards", "at", "via", "over", "to", "of"];

    /// <summary>Lower-case words that may join two capitalised parts of one title ("Maria Full of Grace", "The Door in the Floor").</summary>
    public static readonly ImmutableArray<string> TitleGlue = ["of", "the", "in", "on", "to", "for", "from", "with", "a", "an"];

    /// <summary>Honorifics that stand before a surname alone ("Mr Aitken", "Ms Short").</summary>
    public static readonly ImmutableArray<string> SurnameHonorifics = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr."];

    /// <summary>Connector tails cut off the end of a role, longest first: "Minister of the" → "Minister".</summary>
    public static readonly ImmutableArray<string> RoleTails = [" of the", " for the", " of", " for", " the"];

    /// <summary>
    /// Lower-case nouns after a country's possessive that name the land or its lot, not an act of its state:
    /// "Libya’s Mediterranean coast", "Syria’s civil war", "Iraq’s economy".
    /// </summary>
    public static bool IsGeographic(ReadOnlySpan<char> w) => w is "coast" or "coastline" or "border" or "borders" or "north" or "south" or "east"
        or "west" or "capital" or "cities" or "territory" or "territories" or "airspace" or "waters" or "shores" or "soil" or "land" or "lands"
        or "mountains" or "desert" or "regions" or "provinces" or "towns" or "villages" or "oil" or "gas" or "largest" or "second-largest" or "population" or "history" or "civil" or "war" or "conflict" or "crisis" or "future" or "domain"
        or "heritage" or "culture" or "landscape" or "streets" or "economy";

    /// <summary>Participles of leading or backing after a hyphen: a country "U.S.-led", "Turkish-backed" acts as an organisation.</summary>
    public static bool IsLeadingParticiple(ReadOnlySpan<char> w) => w is "led" or "backed" or "supported" or "sponsored" or "funded";

    /// <summary>Capitalised number words one to ten, read as a designation after a name ("Marine One", "Air Force Two").</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> w) => w is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten";
}
