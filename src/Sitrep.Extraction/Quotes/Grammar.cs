using System.Collections.Frozen;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Closed-class English words the attribution patterns rely on. Unlike the lexicons under <c>data/</c>, these are
/// grammar, not vocabulary: they do not change with the news domain.
/// </summary>
internal static class Grammar
{
    /// <summary>Personal pronouns that can be a speaker.</summary>
    public static readonly FrozenSet<string> SpeakerPronouns = Set("he", "she", "they", "we", "i");

    /// <summary>Words that start a noun phrase without being part of a name.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other", "another", "its", "their", "his", "her");

    /// <summary>Words that end a backward search for a subject: clause openers and relatives.</summary>
    public static readonly FrozenSet<string> ClauseStops = Set(
        "which", "who", "whom", "whose", "that", "while", "but", "because", "when", "where", "after", "before", "as", "if",
        "though", "although", "since", "so", "than", "or", "whereas", "and", "until", "unless", "however", "also");

    /// <summary>Prepositions that end the head of a speaker phrase (<c>a source at …</c>).</summary>
    public static readonly FrozenSet<string> Prepositions = Set(
        "at", "of", "for", "from", "in", "with", "close", "near", "familiar", "on", "to", "inside", "within", "under", "via", "across", "by", "about");

    /// <summary>Auxiliaries and adverbs allowed between a subject and its reporting verb (<c>has repeatedly said</c>).</summary>
    public static readonly FrozenSet<string> VerbModifiers = Set(
        "has", "have", "had", "also", "later", "previously", "then", "earlier", "again", "reportedly", "further", "would", "will", "had", "once", "often", "recently", "yesterday", "today", "last");

    /// <summary>Days and times that can sit between a subject and its verb (<c>on Sunday told</c>).</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tuesday", "night", "morning", "evening", "afternoon", "week");

    /// <summary>Lower-case name particles (<c>al-</c>, <c>bin</c>, <c>de</c>).</summary>
    public static readonly FrozenSet<string> NameParticles = Set("al", "bin", "ibn", "abu", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "el", "del", "dos", "bint");

    /// <summary>Common addressees of <c>told</c> that are not names (<c>told reporters</c>).</summary>
    public static readonly FrozenSet<string> Addressees = Set(
        "reporters", "journalists", "him", "her", "them", "us", "me", "lawmakers", "parliament", "the", "public", "a", "news", "conference", "agency", "broadcaster", "newspaper", "television", "radio");

    /// <summary>Prepositions that open an adverbial between a reporting verb and its clause (<c>said on Twitter that</c>).</summary>
    public static readonly FrozenSet<string> AdverbialOpeners = Set("on", "in", "via", "during", "at", "through", "to", "after", "before", "late", "earlier", "last", "this", "yesterday", "today");

    /// <summary>Pronouns that open a clause as its subject.</summary>
    public static readonly FrozenSet<string> SubjectPronouns = Set("he", "she", "they", "we", "i", "it", "there", "this", "that", "you");

    /// <summary>Auxiliary and modal verbs: a clause has one or a past-tense verb.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "can", "could", "may", "might", "must",
        "should", "shall", "did", "does", "do", "won't", "can't", "isn't", "wasn't", "aren't", "weren't");

    /// <summary>Words that open the object of a verb (<c>needs its</c>, <c>sends the</c>, <c>continues to</c>).</summary>
    public static readonly FrozenSet<string> ObjectOpeners = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "no", "to", "it", "them", "him", "us", "more", "any");

    /// <summary>Nouns of an utterance whose text a colon may introduce: "concluded with the statement: “…”".</summary>
    public static readonly FrozenSet<string> UtteranceNouns = Set(
        "statement", "message", "letter", "note", "words", "remarks", "post", "tweet", "summary", "ruling", "judgment", "conclusion");

    /// <summary>True when <paramref name="word"/> (any case) is in <paramref name="set"/>.</summary>
    public static bool Is(FrozenSet<string> set, string word) => set.Contains(word.ToLowerInvariant());

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
