namespace Sitrep.Extraction.Events.Casualties;

/// <summary>How a casualty word takes its count, which decides where the reader looks for the number.</summary>
internal enum AnchorForm
{
    /// <summary>Not a casualty word.</summary>
    None,

    /// <summary>A past participle ("killed", "wounded"): active, the object follows ("killed 6"); passive or headline,
    /// the subject precedes ("6 were killed", "6 killed").</summary>
    Participle,

    /// <summary>A present participle or gerund ("killing", "injuring"): the object follows, or "of" and the object.</summary>
    Progressive,

    /// <summary>A present-tense verb ("kills", "kill" in a headline): the object follows.</summary>
    Present,

    /// <summary>An intransitive verb ("died", "perished"): the subject precedes.</summary>
    Intransitive,

    /// <summary>An adjective ("dead"): the subject precedes ("12 dead", "left 12 dead"), or "shot dead" takes an object.</summary>
    Predicative,

    /// <summary>A noun counted before it or after "of" ("25 deaths", "the bodies of 3 men").</summary>
    Noun,

    /// <summary>A noun that is read only when negated, for both kinds ("no casualties").</summary>
    ZeroNoun,

    /// <summary>"death toll", "toll": the figure follows ("rose to 25", "of 25").</summary>
    Toll,

    /// <summary>"death": "to death" after a verb of violence, "the death of", "death toll".</summary>
    Death,

    /// <summary>"alive" after "burnt", "burned" or "buried".</summary>
    Alive,

    /// <summary>"lives", "life": "lost their lives", "claimed the lives of 5", "5 lives".</summary>
    Lives,
}
