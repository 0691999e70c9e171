using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// Gives the lower-case and all-caps sentences of a document the casing newsroom text would have (issue 8 point 4), so
/// that the recognisers, which read names by their capital letter, work whatever the casing. The result is a
/// parallel, read-only view: a string of the same length as the raw text that differs from it only in the case of
/// letters inside caseless sentences, so every span indexes both (STYLE A1, A3). A sentence in newsroom casing is
/// never touched, and a document with none caseless gets its raw text back (the same string, nothing allocated).
/// </summary>
/// <remarks>
/// A word is capitalised only on lexical evidence (see <see cref="TruecasePass"/>): an acronym defined in parentheses;
/// a place or organisation of the lexicons, guarded against common words by <c>data/lexicons/word-casing.txt</c> (how
/// often edited news capitalises the word), by population and by context; a name after a title, an honorific, a given
/// name or initials; a word news almost always capitalises; a demonym; the document's own capitalised words; and, once
/// a word is capitalised on evidence, its other occurrences in the document. In all-caps text a word edited news never
/// used is taken for a name (wire copy is clean); in lower-case text it is not (such text is often scraped and misspelt).
/// </remarks>
internal sealed class Truecaser(EntityLexicon lexicon)
{
    /// <summary>A word is a name on its own when news, writing it without a capitalised neighbour, capitalises it at least this share of the time.</summary>
    public const double NameShare = 0.8;

    /// <summary>A word is part of names when news capitalises it at least this share of the time, all told ("national", "sabha").</summary>
    public const double NamePartShare = 0.5;

    /// <summary>A word news capitalises at least this share of the time may start a name with the unknown words after it ("karim wasifi").</summary>
    public const double NameStartShare = 0.9;

    /// <summary>A one-word place that news was never seen to write, with no context for it, needs this population.</summary>
    public const long MinBarePlacePopulation = 100_000;

    /// <summary>Most words of a name after a title, honorific, given name or initials.</summary>
    public const int MaxNameWords = 3;

    /// <summary>Word classes that are never capitalised on their own evidence: common words, cue words, titles, verbs.</summary>
    internal const WordClass Blocking = WordClass.CommonWord | WordClass.Pronoun | WordClass.Reporting | WordClass.TitleHead | WordClass.TitleModifier
        | WordClass.TitleLower | WordClass.OrgCue | WordClass.PlaceCue | WordClass.PlaceCueLower | WordClass.GroupNoun | WordClass.GroupModifier
        | WordClass.ActorVerb | WordClass.Particle | WordClass.EquipmentHead | WordClass.EquipmentModifier | WordClass.EquipmentTail | WordClass.NameBlocker;

    // Views of caseless documents still alive, by their raw text (weakly: a view goes with its document).
    private readonly ConditionalWeakTable<string, CachedView> _views = new();

    internal EntityLexicon Lexicon { get; } = lexicon;

    /// <summary>The truecased view of a document with tokens and sentences; its raw text when every sentence is in newsroom casing.</summary>
    public string View(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return View(document.Text, document.Tokens, document.Sentences);
    }

    /// <summary>The truecased view of <paramref name="text"/> (same length; spans of <paramref name="tokens"/> and <paramref name="sentences"/> index both).</summary>
    public string View(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The entity recogniser and the geocoder both read the view of one document: the second gets the first's, as
        // long as the text, tokens and sentences are the very same objects (a memo of a pure function, not state).
        if (_views.TryGetValue(text, out var cached) && cached.Tokens == tokens && cached.Sentences == sentences)
        {
            return cached.View;
        }

        var profile = CasingRegimeDetector.Detect(text, tokens, sentences);
        if (!profile.IsCaseless)
        {
            return text;
        }

        var view = new TruecasePass(this, text, tokens, sentences, profile).Run();
        _views.AddOrUpdate(text, new CachedView(tokens, sentences, view));
        return view;
    }

    /// <summary>How news leans on a word: a name on its own, a word of names, a common word, or unknown (never seen twice).</summary>
    internal Lean LeanOf(ReadOnlySpan<char> word, out WordCasingEntry entry)
    {
        if (!Lexicon.Casing.TryGet(word, out entry))
        {
            return Lean.Unknown;
        }

        // Among sightings without a capitalised neighbour (lower-case ones mostly have none), the capitalised share.
        var alone = entry.AloneCount + entry.LowerCount;
        return alone > 0 && (double)entry.AloneCount / alone >= NameShare ? Lean.Name
            : entry.CasedShare >= NamePartShare ? Lean.NamePart
            : Lean.Lower;
    }

    /// <summary>
    /// True when a word the table lacks is a regular form of a common word it has: "investigates" of "investigate",
    /// "legalize" of "legalized", "shelled" of "shell". Such a word is no name, even in capitals.
    /// </summary>
    internal bool IsInflected(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxInflectedLength + 3];
        if (word.Length > MaxInflectedLength)
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            // Strip a suffix ("investigates" -> "investigate", "-s" and "-es"; "shelling" -> "shell")...
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && IsCommon(word[..^suffix.Length]))
            {
                return true;
            }

            // ...or add one ("legalize" -> "legalized").
            word.CopyTo(buffer);
            suffix.AsSpan().CopyTo(buffer[word.Length..]);
            if (IsCommon(buffer[..(word.Length + suffix.Length)]))
            {
                return true;
            }
        }

        return word.Length > 4 && word.EndsWith("e", StringComparison.OrdinalIgnoreCase) && IsCommon(word[..^1]);
    }

    private bool IsCommon(ReadOnlySpan<char> word) => LeanOf(word, out _) == Lean.Lower;

    private const int MaxInflectedLength = 30;

    private static readonly string[] Suffixes = ["s", "es", "d", "ed", "ing", "ly", "er", "ers"];

    /// <summary>How news leans on a word's case.</summary>
    internal enum Lean
    {
        /// <summary>Not in the table.</summary>
        Unknown,

        /// <summary>Mostly lower case: a common word.</summary>
        Lower,

        /// <summary>Capitalised mostly next to other capitalised words: a word of longer names ("national", "sabha").</summary>
        NamePart,

        /// <summary>Capitalised even alone: a name ("iraq", "delhi").</summary>
        Name,
    }

    private sealed record CachedView(ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences, string View);
}
