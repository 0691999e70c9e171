using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Stage <c>entity-recognizer.v1</c> (issue 2 point 4): finds people (with role and affiliation), organisations (with
/// acronyms), places, nationalities and equipment by rules and gazetteers, then links later mentions (surnames,
/// acronyms, pronouns, nominals) to their entities. Reads body sentences only, plus the credits and dateline the
/// cleaner recorded, so no span crosses a zone boundary. Lower-case and all-caps sentences are read through a truecased
/// view of the text (issue 8 point 4, <see cref="Casing.Truecaser"/>). Thread-safe: its lexicon is immutable.
/// </summary>
public sealed class EntityRecognizer : IStage
{
    private readonly EntityLexicon _lexicon;
    private readonly FocusGroupDictionary _descriptive;

    /// <summary>Creates the stage over a lexicon (see <see cref="EntityLexiconLoader.EntityLexicon"/>).</summary>
    /// <param name="lexicon">Word classes and gazetteers.</param>
    /// <param name="descriptive">
    /// Descriptive group names that are organisations though written in lower case ("the internationally recognised
    /// government"; the <c>*GOV</c> lines of <c>data/actors/groups.txt</c>, issue 9 point 8), or null for none.
    /// </param>
    public EntityRecognizer(EntityLexicon lexicon, FocusGroupDictionary? descriptive = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _descriptive = descriptive ?? FocusGroupDictionary.Empty;
    }

    /// <inheritdoc />
    public string Name => "entity-recognizer.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Zones, LayerKind.Tokens, LayerKind.Sentences];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Entities];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (entities, mentions) = Recognize(document, cancellationToken);
        return document with { Entities = entities, Mentions = mentions };
    }

    /// <summary>Computes entities and mentions for a document with zones, tokens and sentences (pure: STYLE A5).</summary>
    public (ImmutableArray<Entity> Entities, ImmutableArray<Mention> Mentions) Recognize(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Lower-case and all-caps sentences are read through their truecased view (issue 8 point 4): same offsets, so
        // spans still index the raw text; sentences in newsroom casing read the raw text itself.
        var text = _lexicon.Truecaser.View(document);
        var view = new TokenView(text, document.Tokens);
        var consumed = new bool[view.Count];
        var candidates = new List<Candidate>();
        var lowerCase = new LowerCaseWords(text);
        var chunker = new NameChunker(_lexicon, view, consumed, candidates, lowerCase);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var end = Math.Min(sentence.EndToken, view.Count);
            CoordinateMatcher.Run(document.Text, sentence, s, candidates);
            DescriptiveGroups(view, s, sentence.FirstToken, end, consumed, candidates);
            EquipmentMatcher.Run(_lexicon, view, s, sentence.FirstToken, end, consumed, candidates);
            chunker.Run(s, sentence.FirstToken, end);
        }

        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        candidates = OrgPhraseMerger.Merge(_lexicon, view, candidates);
        candidates = MentionLinker.Link(_lexicon, view, candidates);
        candidates = OrgEvidence.Apply(_lexicon, view, candidates);
        candidates.RemoveAll(c => c.Type is null && c.SentenceInitial && lowerCase.Contains(c.Name));
        RemoveSentenceInitialCommonWords(candidates);
        candidates.RemoveAll(c => IsTicker(document.Text, c.Span));
        AddDateline(document, candidates);
        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new CoreferenceResolver(_lexicon).Resolve(view, document.Sentences, candidates);
    }

    /// <summary>
    /// Drops an untyped one-word name at a sentence's start that edited news mostly writes in lower case (the casing
    /// table, issue 9 point 8: "Analysts said", "Portable gadgets dominate"), unless an earlier name holds the word
    /// ("Condoleezza Rice" ... "Rice said").
    /// </summary>
    private void RemoveSentenceInitialCommonWords(List<Candidate> candidates)
    {
        var earlierParts = new HashSet<string>(StringComparer.Ordinal);
        var keep = new List<Candidate>(candidates.Count);
        foreach (var c in candidates)
        {
            var drop = c.Type is null && c.SentenceInitial && !c.Name.Contains(' ', StringComparison.Ordinal) && !earlierParts.Contains(c.Name)
                && _lexicon.Casing.TryGet(c.Name, out var entry) && entry.LowerCount > entry.AloneCount + entry.InNameCount;
            if (!drop)
            {
                keep.Add(c);
                foreach (var part in c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    earlierParts.Add(part);
                }
            }
        }

        candidates.Clear();
        candidates.AddRange(keep);
    }

    /// <summary>"the internationally recognised government", "the UN-backed government": a descriptive name of a body, as an organisation.</summary>
    private void DescriptiveGroups(in TokenView view, int sentence, int start, int end, bool[] consumed, List<Candidate> candidates)
    {
        if (_descriptive.Phrases.IsEmpty)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            foreach (var phrase in _descriptive.Phrases)
            {
                var last = i + phrase.Length - 1;
                if (last >= end || !view[i].Equals(phrase[0], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var k = 1;
                while (k < phrase.Length && !consumed[i + k] && view[i + k].Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
                {
                    k++;
                }

                if (k == phrase.Length && !consumed[i])
                {
                    candidates.Add(new Candidate(view.RangeSpan(i, last), EntityType.Org, MentionKind.Name, view.Range(i, last)) { Sentence = sentence, FirstToken = i, LastToken = last });
                    for (var t = i; t <= last; t++)
                    {
                        consumed[t] = true;
                    }

                    i = last;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True for a stock ticker in angle brackets ("Royal Bank of Canada &lt;RT.TO&gt;", "&lt;ANGL.J&gt;"), as wire copy
    /// writes them after a company's name: a symbol, not a mention of "RT" or any other name (issue 8 point 5).
    /// </summary>
    internal static bool IsTicker(string text, TextSpan span)
    {
        if (span.Start == 0 || text[span.Start - 1] != '<')
        {
            return false;
        }

        for (var i = span.Start; i < text.Length && i < span.End + 12; i++)
        {
            var c = text[i];
            if (c == '>')
            {
                return i >= span.End;
            }

            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '&'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the word also occurs in lower case as a whole word: then a capitalised copy at a sentence start is not a name.</summary>
    internal static bool AppearsLowerCase(string text, string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.AsSpan().CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        var hay = text.AsSpan();
        var offset = 0;
        while (offset < hay.Length)
        {
            var k = hay[offset..].IndexOf(lower, StringComparison.Ordinal);
            if (k < 0)
            {
                return false;
            }

            var at = offset + k;
            var before = at == 0 || !char.IsLetter(hay[at - 1]);
            var afterIndex = at + lower.Length;
            var after = afterIndex >= hay.Length || !char.IsLetter(hay[afterIndex]);
            if (before && after)
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private void AddDateline(Document document, List<Candidate> candidates)
    {
        var zone = document.Zones.FirstOrDefault(z => z.Kind == ZoneKind.Dateline);
        if (zone is null)
        {
            return;
        }

        var text = zone.Span.Slice(document.Text);
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is ' ' or '.' or '-' or '\'' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        var name = text[start..end].Trim().ToString();
        if (name.Length > 0 && _lexicon.Places.TryGet(name, out var place) && place is not null)
        {
            var span = TextSpan.FromLength(zone.Span.Start + start, name.Length);
            candidates.Add(new Candidate(span, EntityType.Place, MentionKind.Name, place.Name));
        }
    }
}
