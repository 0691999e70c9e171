using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// What a coded name does in its sentence besides naming an actor (issue 8 point 5): modifying the noun after it,
/// saying where, or being the one told. A shallow reading of the words around the name, as TABARI's coder reads them.
/// </summary>
internal static class SlotRoles
{
    // Words that are not the head noun a country word could modify: function words, auxiliaries, verbs of saying.
    private static readonly FrozenSet<string> NotNouns = FrozenSet.ToFrozenSet(
        ["THE", "A", "AN", "AND", "OR", "BUT", "NOR", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZENS",
         "HUNDREDS", "THOUSANDS", "SEVERAL", "MANY", "SOME", "ANY", "NO", "FEW", "MORE", "MOST", "OF", "IN", "ON", "AT", "TO", "FOR", "FROM", "WITH", "BY", "AS", "INTO", "ONTO", "OVER", "UNDER",
         "AGAINST", "ABOUT", "AFTER", "BEFORE", "SINCE", "UNTIL", "DURING", "THAT", "WHICH", "WHO", "WHOM", "WHOSE", "WHEN", "WHERE", "WHILE", "IF",
         "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "HAS", "HAVE", "HAD", "WILL", "WOULD", "COULD", "SHOULD", "MAY", "MIGHT", "CAN",
         "MUST", "SHALL", "DID", "DOES", "DO", "SAID", "SAYS", "SAY", "TOLD", "TELLS", "ALSO", "NOT", "NEVER", "NOW", "THEN", "STILL", "ALREADY",
         "ITS", "THEIR", "HIS", "HER", "THEM", "IT", "THEY", "HE", "SHE", "WE", "'S", "'", "THIS", "THESE", "THOSE", "ALL", "BOTH", "EACH",
         "ONLY", "JUST", "EVEN", "ALONE", "ITSELF", "THEMSELVES", "HIMSELF", "HERSELF", "AGAIN", "BACK", "TOO", "EARLIER", "LATER", "TODAY",
         "YESTERDAY", "TOMORROW", "LAST", "NEXT", "AGO", "TOWARD", "TOWARDS", "THROUGH", "ALONG", "BEHIND", "BEYOND", "DESPITE", "VIA",
         "UPON", "WITHIN", "WITHOUT", "AMONG", "AMID", "AMIDST", "BETWEEN", "BELOW", "ABOVE", "BENEATH", "PAST", "LIKE", "UNLIKE", "PER", "THAN",
         "NEAR", "OFF", "OUT", "UP", "DOWN", "OUTSIDE", "INSIDE", "AROUND", "ACROSS"],
        StringComparer.Ordinal);

    // Common irregular verb forms: after a country noun they are its verb, not a noun it modifies ("Iran began").
    private static readonly FrozenSet<string> IrregularVerbs = FrozenSet.ToFrozenSet(
        ["BEGAN", "BEGINS", "BECAME", "BECOMES", "CAME", "COMES", "WENT", "GOES", "TOOK", "TAKES", "GAVE", "GIVES", "MADE", "MAKES", "GOT", "GETS",
         "KEPT", "KEEPS", "LEFT", "LEAVES", "MET", "MEETS", "HELD", "HOLDS", "WON", "WINS", "LOST", "LOSES", "SAW", "SEES", "KNEW", "KNOWS",
         "THOUGHT", "THINKS", "BROUGHT", "BRINGS", "BOUGHT", "BUYS", "SOLD", "SELLS", "PAID", "PAYS", "LED", "LEADS", "SET", "SETS", "PUT", "PUTS",
         "CUT", "CUTS", "HIT", "HITS", "LET", "LETS", "RAN", "RUNS", "ROSE", "RISES", "FELL", "FALLS", "GREW", "GROWS", "DREW", "DRAWS", "THREW",
         "FLEW", "SHOT", "STRUCK", "STRIKES", "FOUGHT", "FIGHTS", "SOUGHT", "SEEKS", "CAUGHT", "STOOD", "STANDS", "SPOKE", "SPEAKS", "BROKE", "BREAKS",
         "CHOSE", "WROTE", "DROVE", "FOUND", "FINDS", "FELT", "FEELS", "BUILT", "SENT", "SENDS", "SPENT", "MEANT", "MEANS", "HEARD", "WANTS",
         "NEEDS", "SEEMS", "REMAINS", "APPEARS", "PLANS", "HOPES", "EXPECTS", "INTENDS", "AIMS", "TRIES", "AGREES", "REFUSES", "FACES", "HOPES",
         "USES", "HELPS", "CONTINUES", "WARNS", "URGES", "CALLS", "ASKS", "OFFERS", "DENIES", "ACCUSES", "SUPPORTS", "BACKS", "OPPOSES", "REJECTS",
         "BELIEVES", "CLAIMS", "INSISTS", "ARGUES", "ADMITS", "CONSIDERS", "DECIDES", "ANNOUNCES", "DECLARES", "ACCEPTS", "OWES", "PRODUCES", "HAS",
         "IS", "DOES", "LOOKS", "WORKS", "MOVES", "TURNS", "SHOWS", "LIES", "PROVIDES", "REPORTS", "STATES", "TELLS", "KEEPS", "HOLDS", "PUTS",
         "RECEIVES", "REQUIRES", "RETAINS", "CONTROLS", "OWNS", "IMPORTS", "EXPORTS", "BUYS", "SELLS", "RUNS", "LEADS", "RULES", "INVADES",
         "ATTACKS", "THREATENS", "SENDS", "PLANS", "FEARS", "HOPES", "NEEDS", "PLAYS", "DEPENDS", "FOLLOWS", "JOINS", "ENTERS", "EXPECTS"],
        StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> LetterSet = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // Adverbs of place and time that follow a noun without being modified by it ("pornography online").
    private static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet(
        ["ONLINE", "ABROAD", "OVERSEAS", "NEARBY", "HOME", "HERE", "THERE", "TONIGHT", "DOWNTOWN", "NATIONWIDE", "WORLDWIDE", "INSIDE", "OUTSIDE",
         "AHEAD", "AWAY", "ACROSS", "AROUND", "ALONG", "UPSTREAM", "OFFSHORE", "ONSHORE", "MEANWHILE", "INSTEAD", "SOON", "ONCE", "TWICE", "ANEW"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN", "NORTH-EASTERN",
         "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN", "NORTH", "SOUTH", "EAST", "WEST", "NEIGHBOURING", "NEIGHBORING", "NEARBY", "RURAL",
         "REMOTE", "OCCUPIED", "WAR-TORN", "UPPER", "LOWER", "COASTAL", "BORDER"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceParts = FrozenSet.ToFrozenSet(
        ["NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "NORTH-EAST", "NORTH-WEST", "SOUTH-EAST", "SOUTH-WEST",
         "STREETS", "OUTSKIRTS", "CENTRE", "CENTER", "PARTS", "PART", "AREA", "AREAS", "REGION", "CITY", "TOWN", "PROVINCE", "COAST", "PORT",
         "BORDER", "BORDERS", "SUBURBS", "CAPITAL", "HEART", "REST", "SOUTHERN", "NORTHERN", "EASTERN", "WESTERN", "OUTSIDE", "INTERIOR"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["IN", "NEAR", "OUTSIDE", "INSIDE", "ACROSS", "THROUGHOUT", "AROUND", "WITHIN"], StringComparer.Ordinal);

    // "aid from Gondor", "talks with Arnor": the object of a preposition is never the subject of a verb after it.
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["FROM", "TO", "WITH", "FOR", "AGAINST", "ON", "AT", "INTO", "ABOUT", "OVER", "UNDER", "AMONG", "BETWEEN", "TOWARD", "TOWARDS", "THROUGH",
         "WITHOUT", "BEFORE", "AFTER", "SINCE", "DURING", "UPON", "DESPITE", "VIA", "ACROSS", "BEHIND", "BEYOND"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Telling = FrozenSet.ToFrozenSet(["TOLD", "TELL", "TELLS", "TELLING", "INFORMED", "ASSURED"], StringComparer.Ordinal);

    /// <summary>The slot with its roles set.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="text">The document text.</param>
    /// <param name="words">The sentence's normalised words.</param>
    /// <param name="spans">The sentence's token spans.</param>
    /// <param name="type">The entity type of the slot's name, null for generic actors and pronouns.</param>
    /// <param name="isVerb">Whether a word of the sentence is a trigger of the verb dictionary.</param>
    public static ActorSlot Assign(ActorSlot slot, string text, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, EntityType? type, Func<int, bool> isVerb)
    {
        // "told reporters", "talking to journalists": the one told is no actor of the act, for a generic actor too.
        var told = IsTold(words, slot.First);
        if (slot.Pronoun || type is null)
        {
            return told && !slot.Pronoun ? slot with { Addressee = true } : slot;
        }

        // "in Tehran", "in the Indian capital", "in eastern and southern Ethiopia": a locative word before the name, past
        // "the" and adjectives of direction.
        var before = slot.First - 1;
        while (before >= 0 && (words[before] is "THE" or "AND" or "," || Directions.Contains(words[before])))
        {
            before--;
        }

        var after = slot.Last + 1 < words.Length ? words[slot.Last + 1] : null;
        var possessive = after is "'S" or "'";
        var placeLike = type is EntityType.Place or EntityType.Nationality || slot.Actor.Code.Value.Length == 3;
        // "north of Baghdad", "the streets of Seoul", "the outskirts of Kabul": a place part of which is meant.
        var partOf = slot.First > 1 && words[slot.First - 1] == "OF" && PlaceParts.Contains(words[slot.First - 2]);
        // Issue 8 point 5: "from north London", "in southern Iraq": a preposition before the name past a word of direction. (Not
        // past "the": "air power from the United Arab Emirates in support of" keeps the Emirates as the supporter.)
        var lead = slot.First - 1;
        while (lead >= 0 && Directions.Contains(words[lead]))
        {
            lead--;
        }

        return slot with
        {
            Attributive = !possessive && Attributive(slot, text, words, spans, type.Value, isVerb),
            Hyphenated = IsHyphenated(slot, text),
            Possessor = possessive && slot.Last + 2 < words.Length && IsPossessedNoun(text, words, spans, slot.Last + 2, isVerb),
            Locative = !possessive && placeLike && ((before >= 0 && Locatives.Contains(words[before])) || partOf),
            Addressee = told,
            // "with Ankara seeking moves …" is a clause of its own whose subject is the name.
            Oblique = lead >= 0 && Prepositions.Contains(words[lead]) && !(after is not null && after.EndsWith("ING", StringComparison.Ordinal)),
            Capital = type == EntityType.Place && slot.Actor.Code.Value.Length > 3,
        };
    }

    // "told Reuters", "speaking to reporters", "talked to the newspaper".
    private static bool IsTold(ImmutableArray<string> words, int first)
    {
        var i = first - 1;
        while (i >= 0 && words[i] is "THE" or "A" or "AN")
        {
            i--;
        }

        return i >= 0 && (Telling.Contains(words[i]) || (words[i] == "TO" && i > 0 && words[i - 1] is "TALKING" or "SPEAKING" or "TALKED" or "SPOKE" or "TALK" or "SPEAK"));
    }

    // "Japanese crushers", "Algerian and Spanish producers", "U.S.-made", "Iran arms sales", "U.S. corn".
    private static bool Attributive(ActorSlot slot, string text, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, EntityType type, Func<int, bool> isVerb)
    {
        if (IsHyphenated(slot, text))
        {
            return true;
        }

        if (type is not (EntityType.Place or EntityType.Nationality))
        {
            return false;
        }

        var next = slot.Last + 1;
        if (type == EntityType.Nationality)
        {
            // "American Express", "British Airways": a nationality before a capitalised word that no code covers is part
            // of a name (issue 8 point 5), unless the word is a trigger or names armed men ("American Marines"); in an
            // all-caps headline a capital says nothing.
            if (next < words.Length && IsCapitalised(text, spans[next]) && spans[next].Length > 1 && char.IsLower(text[spans[next].Start + 1]) && !isVerb(next)
                && !(char.IsUpper(text[slot.Actor.Span.Start]) && slot.Actor.Span.Length > 1 && char.IsUpper(text[slot.Actor.Span.Start + 1])))
            {
                return true;
            }

            // "Algerian and Spanish producers": a nationality joined to another that modifies a noun; "Thai and foreign
            // bankers": or to an adjective.
            while (next + 1 < words.Length && words[next] is "AND" or "OR" or "," && (IsCapitalised(text, spans[next + 1])
                || (next + 2 < words.Length && words[next + 1] is "FOREIGN" or "LOCAL" or "INTERNATIONAL" or "WESTERN" or "OTHER" or "OVERSEAS")))
            {
                next += 2;
            }

            return next < words.Length && IsNounLike(text, words, spans, next, isVerb, allowVerbForms: true);
        }

        // A country noun: "U.S. corn", "Iran arms sales"; never "Iran began", "Japan imports about …".
        if (next >= words.Length || !IsNounLike(text, words, spans, next, isVerb, allowVerbForms: false) || IrregularVerbs.Contains(words[next]))
        {
            return false;
        }

        // "Paris accords", "Iran arms sales", "U.S. corn": a word in -s that is no verb of the dictionary and no common
        // verb ("Iran says", "Japan wants") is a plural noun.
        return true;
    }

    // "Gondor's markets", "Japan's trade surplus": a noun that is no trigger after the possessive.
    private static bool IsPossessedNoun(string text, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, int i, Func<int, bool> isVerb) =>
        IsNounLike(text, words, spans, i, isVerb, allowVerbForms: false) && !IrregularVerbs.Contains(words[i]);

    private static bool IsNounLike(string text, ImmutableArray<string> words, ImmutableArray<TextSpan> spans, int i, Func<int, bool> isVerb, bool allowVerbForms)
    {
        var word = words[i];
        var span = spans[i];
        if (span.Length < 2 || !char.IsLower(text[span.Start]) || NotNouns.Contains(word) || word.EndsWith("LY", StringComparison.Ordinal))
        {
            return false;
        }

        if (allowVerbForms)
        {
            // After a nationality adjective, only a past form is the verb ("the Japanese placed"): "Iranian shelling" is a noun.
            return !(word.EndsWith("ED", StringComparison.Ordinal) && word.Length > 4);
        }

        return !(word.EndsWith("ED", StringComparison.Ordinal) || word.EndsWith("ING", StringComparison.Ordinal)) && !isVerb(i);
    }

    // A hyphen compound: "U.S.-made", "Gondor-made", "U.S.-Japan talks".
    private static bool IsHyphenated(ActorSlot slot, string text)
    {
        var end = slot.Actor.Span.End;
        return end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]);
    }

    /// <summary>True for a common irregular verb form ("fought", "struck", "began"), as normalised words.</summary>
    public static bool IsIrregularVerb(string word) => IrregularVerbs.Contains(word);

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="frame"/> reads as a noun that the word before it modifies:
    /// lower case, no function word or auxiliary, no verb or adverb form ("strike headquarters", "arms scandal").
    /// </summary>
    public static bool IsModifiedNoun(SentenceFrame frame, int i)
    {
        if (i >= frame.Length || frame.Original(i) is not { Length: > 2 } original || !char.IsLower(original[0]))
        {
            return false;
        }

        var word = frame.Words[i];
        return !original.ContainsAnyExcept(LetterSet) && !frame.IsTrigger(i) && !NotNouns.Contains(word) && !IrregularVerbs.Contains(word) && !Adverbs.Contains(word) && !word.EndsWith("ED", StringComparison.Ordinal)
            && !word.EndsWith("ING", StringComparison.Ordinal) && !word.EndsWith("LY", StringComparison.Ordinal);
    }

    private static bool IsCapitalised(string text, TextSpan span) => span.Length > 0 && char.IsUpper(text[span.Start]);
}
