namespace Sitrep.Corpus.Actors;

/// <summary>How a name is an alias of an actor (issue 10 point 4).</summary>
public enum AliasKind
{
    /// <summary>The actor's name with titles stripped (<c>Khalifa Haftar</c>).</summary>
    Name,

    /// <summary>A person's surname alone (<c>Haftar</c>).</summary>
    Surname,

    /// <summary>An organisation's acronym, as a document links it to the long form (<c>LNA</c>).</summary>
    Acronym,

    /// <summary>Another way a document names the entity (a mention's words, titles stripped).</summary>
    Mention,
}
