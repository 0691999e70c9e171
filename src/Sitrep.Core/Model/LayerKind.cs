namespace Sitrep.Core.Model;

/// <summary>The typed layers a pipeline stage can require or produce (STYLE A4).</summary>
public enum LayerKind
{
    /// <summary>Zones of the raw text: body, noise, date header, dateline, headings, credits; plus metadata read from them.</summary>
    Zones,

    /// <summary>Sentence spans over body text.</summary>
    Sentences,

    /// <summary>Tokens; tokens plus the gaps between them rebuild the text.</summary>
    Tokens,

    /// <summary>Named and nominal entity mentions with their resolved entities.</summary>
    Entities,

    /// <summary>Direct and indirect quotes with speakers.</summary>
    Quotes,

    /// <summary>Actor codes for entity mentions (issue 3).</summary>
    Actors,

    /// <summary>Coded events (issue 3).</summary>
    Events,

    /// <summary>Geocoded places (issue 4).</summary>
    Places,

    /// <summary>Backing and opposition relations (issue 3).</summary>
    Alignments,

    /// <summary>Part-of-speech tags and dependency heads and relations, one per token (issue 3 point 5).</summary>
    Syntax,

    /// <summary>Unnamed and generic actors: "police", "gunmen", "a mob" (issue 8 point 1).</summary>
    GenericActors,

    /// <summary>Who asserts each event: reporter, speaker, anonymous source or document (issue 10 point 3).</summary>
    Assertions,
}
