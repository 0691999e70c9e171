using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Actors;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// The four dictionaries a TABARI/PETRARCH coder needs — actors, agents, verbs, discards — built once and then
/// immutable and thread-safe (issue 3 point 3).
/// </summary>
public sealed class CodingDictionaries
{
    /// <summary>Bundles built dictionaries.</summary>
    /// <exception cref="ArgumentNullException">When any is null.</exception>
    public CodingDictionaries(ActorDictionary actors, AgentDictionary agents, VerbLexicon verbs, ImmutableArray<DiscardEntry> discards)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(verbs);
        Actors = actors;
        Agents = agents;
        Verbs = verbs;
        Discards = discards.IsDefault ? [] : discards;
        VerbIndex = new VerbIndex(verbs);
        OpenActors = FrozenDictionary<string, ImmutableArray<OpenPhrase<ActorEntry>>>.Empty;
        OpenAgents = FrozenDictionary<string, ImmutableArray<OpenPhrase<AgentEntry>>>.Empty;
    }

    private CodingDictionaries(
        ActorDictionary actors,
        AgentDictionary agents,
        VerbLexicon verbs,
        ImmutableArray<DiscardEntry> discards,
        IEnumerable<OpenPhrase<ActorEntry>> openActors,
        IEnumerable<OpenPhrase<AgentEntry>> openAgents)
        : this(actors, agents, verbs, discards)
    {
        OpenActors = ByFirstWord(openActors);
        OpenAgents = ByFirstWord(openAgents);
    }

    /// <summary>Actor phrases and their dated codes.</summary>
    public ActorDictionary Actors { get; }

    /// <summary>Role words.</summary>
    public AgentDictionary Agents { get; }

    /// <summary>Verb blocks, patterns and synsets.</summary>
    public VerbLexicon Verbs { get; }

    /// <summary>Discard phrases.</summary>
    public ImmutableArray<DiscardEntry> Discards { get; }

    internal VerbIndex VerbIndex { get; }

    /// <summary>Actor phrases with a blank between two words (other words may come between them), by first word.</summary>
    internal FrozenDictionary<string, ImmutableArray<OpenPhrase<ActorEntry>>> OpenActors { get; }

    /// <summary>Agent phrases with a blank between two words, by first word.</summary>
    internal FrozenDictionary<string, ImmutableArray<OpenPhrase<AgentEntry>>> OpenAgents { get; }

    /// <summary>Builds the dictionaries from the lines of TABARI/PETRARCH files (read by the caller).</summary>
    /// <param name="actors">Actor files: (name for messages, lines), several allowed as PETRARCH's <c>actorfile_list</c>.</param>
    /// <param name="agents">The agent file.</param>
    /// <param name="verbs">The verb file.</param>
    /// <param name="discards">The discard file, if any.</param>
    /// <param name="problems">When given, malformed lines are collected here and skipped; when null, the first throws.</param>
    /// <param name="stemActors">
    /// False (the default, as PETRARCH-1 and the validation suite): actor phrases match whole words — the suite lists
    /// AUSTRALIAN beside AUSTRALIA and expects THE_KU not to match "the Kuwait government". True: a phrase without a
    /// trailing <c>_</c> matches its last word as a stem (TABARI).
    /// </param>
    /// <exception cref="TabariFormatException">On a malformed line when <paramref name="problems"/> is null.</exception>
    public static CodingDictionaries FromTabari(
        IReadOnlyList<(string Name, IEnumerable<string> Lines)> actors,
        (string Name, IEnumerable<string> Lines) agents,
        (string Name, IEnumerable<string> Lines) verbs,
        (string Name, IEnumerable<string> Lines)? discards,
        ICollection<TabariFormatException>? problems = null,
        bool stemActors = false)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var actorEntries = actors.SelectMany(a => ActorDictionaryReader.Read(a.Name, a.Lines, problems))
            .Select(e => stemActors ? e : e with { Phrases = [.. e.Phrases.Select(p => p with { ExactLast = true })] })
            .ToList();
        var source = string.Join(",", actors.Select(a => a.Name));
        var agentEntries = AgentDictionaryReader.Read(agents.Name, agents.Lines, problems);
        return new CodingDictionaries(
            ActorDictionary.FromTabari(actorEntries, source),
            AgentDictionary.FromTabari(agentEntries, agents.Name),
            VerbDictionaryReader.Read(verbs.Name, verbs.Lines, problems),
            discards is { } d ? DiscardDictionaryReader.Read(d.Name, d.Lines) : [],
            Open(actorEntries, e => e.Phrases, source),
            Open(agentEntries, e => e.Phrases, agents.Name));
    }

    private static IEnumerable<OpenPhrase<TEntry>> Open<TEntry>(IEnumerable<TEntry> entries, Func<TEntry, ImmutableArray<DictionaryPhrase>> phrases, string source) =>
        entries.SelectMany(e => phrases(e).Where(p => p.HasOpenJoin).Select(p => new OpenPhrase<TEntry>([.. p.Words.Select(w => PhraseWords.Fold(w))], p, e, source)));

    private static FrozenDictionary<string, ImmutableArray<OpenPhrase<TEntry>>> ByFirstWord<TEntry>(IEnumerable<OpenPhrase<TEntry>> phrases) =>
        phrases.GroupBy(p => p.Words[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}
