namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>Kinds of verb-pattern elements.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word.</summary>
    Word,

    /// <summary><c>*</c>: where the verb stands.</summary>
    Verb,

    /// <summary><c>$</c>: the source actor.</summary>
    Source,

    /// <summary><c>+</c>: the target actor.</summary>
    Target,

    /// <summary><c>&amp;NAME</c>: any member of a synset.</summary>
    Synset,

    /// <summary><c>%</c>: a compound actor marker.</summary>
    Compound,

    /// <summary><c>^</c>: skip a noun phrase.</summary>
    Skip,

    /// <summary><c>(</c>: a prepositional phrase starts (PETRARCH-2).</summary>
    OpenPreposition,

    /// <summary><c>)</c>: the prepositional phrase ends.</summary>
    ClosePreposition,

    /// <summary><c>{</c>: a noun phrase starts (PETRARCH-2).</summary>
    OpenNoun,

    /// <summary><c>}</c>: the noun phrase ends.</summary>
    CloseNoun,
}
