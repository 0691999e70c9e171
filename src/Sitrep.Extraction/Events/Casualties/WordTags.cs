namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Word classes the casualty reader needs, from <see cref="CasualtyLexicon"/> and the token's shape.</summary>
[Flags]
internal enum WordTags
{
    /// <summary>An open-class word the lexicon does not know.</summary>
    None = 0,

    /// <summary>Not a word: punctuation or a symbol.</summary>
    Punct = 1 << 0,

    /// <summary>Starts with a digit ("12", "1,200", "35-year-old").</summary>
    Digits = 1 << 1,

    /// <summary>A number word ("six", "twenty-one", "hundred", "dozen").</summary>
    NumberWord = 1 << 2,

    /// <summary>A singular noun for a person ("man", "policeman", "35-year-old").</summary>
    PersonSingular = 1 << 3,

    /// <summary>A plural noun for people ("civilians", "rioters", "police").</summary>
    PersonPlural = 1 << 4,

    /// <summary>A noun that is not a person (units, animals, things, money, events): a number before it counts no one.</summary>
    NonPerson = 1 << 5,

    /// <summary>Ends a noun phrase: prepositions, conjunctions, auxiliaries, common verbs, time words.</summary>
    Stop = 1 << 6,

    /// <summary>May stand between a subject and its casualty word ("were", "reportedly", "have been").</summary>
    Skip = 1 << 7,

    /// <summary>A modal or future marker ("could", "will", "may").</summary>
    Modal = 1 << 8,

    /// <summary>A negation ("not", "never", "didn't").</summary>
    Negation = 1 << 9,

    /// <summary>A determiner that makes a singular person one ("a", "the", "his", "another").</summary>
    Determiner = 1 << 10,

    /// <summary>A personal pronoun for one person ("he", "him", "herself").</summary>
    Pronoun = 1 << 11,

    /// <summary>A month name: a number beside it is a date.</summary>
    Month = 1 << 12,

    /// <summary>A word after which a number is not a count of people ("rs", "aged", "article", "$").</summary>
    NumberBlocker = 1 << 13,

    /// <summary>Says nobody ("no", "none", "nobody").</summary>
    Zero = 1 << 14,

    /// <summary>Joins counts that add up ("and", "plus").</summary>
    Conj = 1 << 15,

    /// <summary>A form of "be" or "get": before a past participle it marks the passive.</summary>
    BeAux = 1 << 16,

    /// <summary>A verb of violence that can take "to death", "alive" or "dead" ("hacked", "burnt", "shot").</summary>
    ViolenceVerb = 1 << 17,

    /// <summary>A reporting verb that lets "to be dead" stand as a report ("feared", "believed", "confirmed").</summary>
    Reporting = 1 << 18,

    /// <summary>A casualty word; its <see cref="AnchorInfo"/> says which kind and form.</summary>
    Anchor = 1 << 19,

    /// <summary>Begins a clause or a relative: a subject does not reach across it ("who", "when", "but").</summary>
    ClauseBreak = 1 << 20,

    /// <summary>A conditional ("if", "unless"): what follows has not happened.</summary>
    Conditional = 1 << 21,

    /// <summary>First word of a qualifier or vague quantity ("at least", "dozens", "a few"): a count phrase may start here.</summary>
    CountStart = 1 << 22,
}
