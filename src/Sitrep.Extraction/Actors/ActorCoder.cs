using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// Gives entities their CAMEO-style actor codes on the article's date (issue 3 point 1; STYLE A10: the date is an
/// input). In order: the entity's name, acronym or name mentions as whole dictionary phrases (<c>Fayez al-Serraj</c> →
/// <c>LBYGOV</c> on 2020-01-08); a country or group inside the name plus a role word (<c>Turkish officials</c> →
/// <c>TURGOV</c>, <c>Syrian rebels</c> → <c>SYRREB</c>); for a person, the affiliation's code plus the role's agent
/// (<c>GNA Interior Minister</c> → <c>LBYGOV</c>). Entities without a date-independent answer on an undated document
/// are coded as of <see cref="ActorCoderOptions.UndatedAsOf"/>. A descriptive name with no country of its own ("the
/// internationally recognised government", a <c>*GOV</c> line of <c>groups.txt</c>) takes the document's focus country
/// (issue 9 point 8; see <see cref="FocusCountry"/>).
/// </summary>
public sealed class ActorCoder(ActorDictionary actors, AgentDictionary agents, ActorCoderOptions? options = null, FocusGroupDictionary? focusGroups = null) : IStage
{
    private readonly ActorCoderOptions _options = options ?? new ActorCoderOptions();
    private readonly FocusGroupDictionary _focusGroups = focusGroups ?? FocusGroupDictionary.Empty;

    /// <inheritdoc />
    public string Name => "actor-coder.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Entities];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Actors];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Metadata.Date ?? _options.UndatedAsOf;
        var names = document.Mentions
            .Where(m => m.Kind is MentionKind.Name or MentionKind.Alias)
            .ToLookup(m => m.EntityId, m => document.TextOf(m.Span));
        var result = ImmutableArray.CreateBuilder<ActorAssignment>();
        var deferred = new List<(Entity Entity, ActorRecord Record)>();
        foreach (var entity in document.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Code(entity, names[entity.Id], date) is { } assignment)
            {
                result.Add(assignment);
            }
            else if (FocusGroup(entity, names[entity.Id], date) is { } record)
            {
                deferred.Add((entity, record));
            }
        }

        if (deferred.Count > 0 && FocusCountry(result, document.Mentions) is { } focus)
        {
            foreach (var (entity, record) in deferred)
            {
                result.Add(new ActorAssignment(entity.Id, FocusGroupDictionary.CodeFor(record, focus), "focus-country", $"{Path.GetFileName(record.Path)}:{record.Line} ({focus.Value})"));
            }

            result.Sort((a, b) => a.EntityId.CompareTo(b.EntityId));
        }

        return document with { Actors = result.ToImmutable() };
    }

    /// <summary>
    /// The country a document is about, for names that have none of their own: the country whose own name, places
    /// (its cities, its seats of government) and dateline the document mentions most often, counted over the name
    /// mentions of entities coded from <c>countries.txt</c> or <c>places.txt</c>; on a tie the one mentioned first.
    /// Null when the document names no country.
    /// </summary>
    public static ActorCode? FocusCountry(IReadOnlyList<ActorAssignment> assignments, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(mentions);
        var countryOf = new Dictionary<int, string>();
        foreach (var a in assignments)
        {
            if (a.Rule == "dictionary" && (a.Evidence.StartsWith("countries.txt:", StringComparison.Ordinal) || a.Evidence.StartsWith("places.txt:", StringComparison.Ordinal)))
            {
                countryOf[a.EntityId] = a.Code.Value[..3];
            }
        }

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Name or MentionKind.Alias && countryOf.TryGetValue(m.EntityId, out var country))
            {
                var (count, first) = counts.GetValueOrDefault(country, (0, m.Span.Start));
                counts[country] = (count + 1, Math.Min(first, m.Span.Start));
            }
        }

        return counts.Count == 0 ? null
            : ActorCode.Parse(counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key);
    }

    private ActorRecord? FocusGroup(Entity entity, IEnumerable<string> mentionTexts, DateOnly date)
    {
        if (_focusGroups.PhraseCount == 0 || entity.Type is not (EntityType.Org or EntityType.Person))
        {
            return null;
        }

        foreach (var phrase in new[] { entity.Name }.Concat(mentionTexts).Distinct(StringComparer.Ordinal))
        {
            if (_focusGroups.Match(phrase, date) is { } record)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>The actor code of one entity on <paramref name="date"/>, or null when nothing in the dictionaries fits (pure: STYLE A5).</summary>
    public ActorAssignment? Code(Entity entity, IEnumerable<string> mentionTexts, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(mentionTexts);
        if (entity.Type == EntityType.Equipment)
        {
            return null;
        }

        // 1. The whole name, the acronym, or a name mention, as a dictionary phrase.
        foreach (var phrase in new[] { entity.Name, entity.Acronym }.Concat(mentionTexts).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // A person is no country or place ("Mann" is not the Isle of Man): issue 8 point 5.
            if (WholePhrase(phrase, date) is { } match && !(entity.Type == EntityType.Person && IsPlaceFile(match.Path)))
            {
                return new ActorAssignment(entity.Id, match.Code, "dictionary", $"{Path.GetFileName(match.Path)}:{match.Line}");
            }
        }

        // 2. A country or group inside the name, with a role word: "Turkish officials", "Haftar forces".
        if (Parts(entity.Name, date, person: entity.Type == EntityType.Person, organisation: entity.Type == EntityType.Org) is { } parts)
        {
            return new ActorAssignment(entity.Id, parts, "parts", entity.Name);
        }

        // 3. A person's affiliation and role: "GNA Interior Minister Fathi Bashagha".
        if (entity.Type == EntityType.Person && entity.Affiliation is { } affiliation
            && (WholePhrase(affiliation, date)?.Code ?? Parts(affiliation, date)) is { } org)
        {
            var agent = entity.Role is { } role ? Agent(role) : null;
            return new ActorAssignment(entity.Id, agent is null ? org : WithAgent(org, agent), "affiliation", $"{affiliation}{(entity.Role is null ? string.Empty : " / " + entity.Role)}");
        }

        return null;
    }

    private static bool IsPlaceFile(string path) => Path.GetFileName(path) is "countries.txt" or "places.txt";

    private ActorMatch? WholePhrase(string phrase, DateOnly date)
    {
        var words = Words(phrase);
        var match = words.Length == 0 ? null : actors.Match(words, 0, date);
        return match is not null && match.Length == words.Length ? match : null;
    }

    // An organisation's name that holds a business or media word (a legal form: "General Motors of Canada Ltd"; a
    // masthead: "Army Times") names a firm or an outlet: that word, not an earlier role word ("General"), is its role;
    // a media word wins over a business word, a media firm being media (CAMEO: a business is its country plus BUS, a
    // news outlet its country plus MED; issue 8 point 5).
    private ActorCode? Parts(string name, DateOnly date, bool person = false, bool organisation = false)
    {
        var words = CompoundParts(Words(name), date);
        var found = actors.FindAll(words, date);
        if (found.IsEmpty)
        {
            return null;
        }

        var actor = found[0];
        AgentMatch? agent = null;
        for (var i = 0; i < words.Length; i++)
        {
            if ((i >= actor.Start && i < actor.End) || agents.Match(words, i) is not { } match)
            {
                continue;
            }

            if (agent is null || (organisation && Rank(match) > Rank(agent)))
            {
                agent = match;
            }

            i = match.End - 1;
        }

        // A name that holds a country but no role word ("Turkey Cup") is not coded from its parts.
        if (agent is null)
        {
            return found.Length == 1 && words.Length == actor.Length && !(person && IsPlaceFile(actor.Path)) ? actor.Code : null;
        }

        return WithAgent(actor.Code, agent);
    }

    // A media word outranks a business word ("Business Journal of New Jersey", "News Corp Ltd": a media firm), which
    // outranks any other role word.
    private static int Rank(AgentMatch agent) => agent.IsPrefix ? 0 : agent.Code.Value switch { "MED" => 2, "BUS" => 1, _ => 0 };

    private AgentMatch? Agent(string role)
    {
        var words = Words(role);
        for (var i = 0; i < words.Length; i++)
        {
            if (agents.Match(words, i) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    // Only a bare country or IGO takes a role word: LBYGOV stays LBYGOV for a minister, TUR becomes TURGOV. A firm or
    // a newspaper named after a capital is its country's business or media, not its government ("Tokyo Stock Exchange",
    // issue 8 point 5).
    private static ActorCode WithAgent(ActorCode actor, AgentMatch agent) =>
        actor.Value is { Length: 3 } ? agent.ApplyTo(actor)
        : actor.Value is { Length: 6 } v && v.EndsWith("GOV", StringComparison.Ordinal) && !agent.IsPrefix && agent.Code.Value is "BUS" or "MED"
            ? agent.ApplyTo(ActorCode.Parse(v.AsSpan(0, 3).ToString()))
            : actor;

    private static string[] Words(string phrase) => PhraseWords.SplitRaw(phrase);

    // A hyphen that joins a name to the first word of a longer name ("Texas-New Mexico Power Co": the states "Texas" and
    // "New Mexico") separates two names: the word is split when the part after the hyphen begins, with the next words,
    // a dictionary phrase of two or more words. A compound that is one word of its own stays ("Inter-American",
    // "Georgia-Pacific", "Guinea-Bissau").
    private string[] CompoundParts(string[] words, DateOnly date)
    {
        var result = new List<string>(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var hyphen = word.LastIndexOf('-');
            if (hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[hyphen + 1]) && actors.Match([word], 0, date) is null)
            {
                string[] rest = [word[(hyphen + 1)..], .. words.AsSpan(w + 1)];
                if (actors.Match(rest, 0, date) is { Length: > 1 })
                {
                    result.Add(word[..hyphen]);
                    result.Add(rest[0]);
                    continue;
                }
            }

            result.Add(word);
        }

        return [.. result];
    }
}
