using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// A mention found by the recogniser before coreference: its span, its type (null while undecided, for a lone
/// capitalised word that only coreference can type) and what the text says about it.
/// </summary>
internal sealed record Candidate(TextSpan Span, EntityType? Type, MentionKind Kind, string Name)
{
    /// <summary>Index of the sentence holding it, or -1 outside sentences (credits, dateline).</summary>
    public int Sentence { get; init; } = -1;

    public int FirstToken { get; init; } = -1;

    public int LastToken { get; init; } = -1;

    public string? Role { get; init; }

    public string? Affiliation { get; init; }

    public string? Acronym { get; init; }

    /// <summary>Name of the entity this mention must join (an acronym's long form, a known organisation's full name).</summary>
    public string? GroupKey { get; init; }

    /// <summary>True when a reporting verb stands right before or after it (<c>said X</c>, <c>X told</c>).</summary>
    public bool IsSpeaker { get; init; }

    /// <summary>True when its first word is the first word of its sentence.</summary>
    public bool SentenceInitial { get; init; }

    /// <summary>The courtesy title or rank right before the name (<c>Mr Hague</c>, <c>Sir Ian</c>), if any.</summary>
    public Honorific Honorific { get; init; }

    /// <summary>For a person: gender from the given name, <see cref="WordClass.None"/> when unknown.</summary>
    public WordClass Gender { get; init; }
}
