using System.Collections.Frozen;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// The word lists the quote attributor reads, built once from data files by <see cref="QuoteLexiconLoader"/>.
/// All keys are lower case; lookups are ordinal. Immutable and thread-safe.
/// </summary>
/// <param name="Cues">Single-word reporting words and their class.</param>
/// <param name="SourcePhrases">Multi-word source cues (<c>according to</c>), as word arrays.</param>
/// <param name="SourceNouns">Head nouns of speaker phrases that name no person, and their class.</param>
/// <param name="Titles">Title words that form a speaker's role before their name.</param>
/// <param name="Stamps">Versions of the data files used (<c>quote-cues@v1</c>), STYLE A8.</param>
public sealed record QuoteLexicon(
    FrozenDictionary<string, CueClass> Cues,
    IReadOnlyList<string[]> SourcePhrases,
    FrozenDictionary<string, SourceNounClass> SourceNouns,
    FrozenSet<string> Titles,
    IReadOnlyList<string> Stamps)
{
    /// <summary>The class of a single-word cue, or null when the word is not one.</summary>
    public CueClass? CueOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Cues.TryGetValue(word.ToLowerInvariant(), out var c) ? c : null;
    }

    /// <summary>The class of a source noun, or null when the word is not one.</summary>
    public SourceNounClass? SourceNounOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return SourceNouns.TryGetValue(word.ToLowerInvariant(), out var c) ? c : null;
    }

    /// <summary>True when the word is a title word (<c>Minister</c>).</summary>
    public bool IsTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Titles.Contains(word.ToLowerInvariant());
    }
}
