using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Groups candidates into entities and links later mentions to earlier ones within a document: full names, surnames
/// or given names alone (<c>Harchaoui</c>), acronyms and their long forms, pronouns (<c>he</c>: the most recent
/// compatible person, preferring the speaker or subject of the previous sentence) and nominals (<c>the minister</c>: the
/// person with that role). Pure (STYLE A5).
/// </summary>
internal sealed partial class CoreferenceResolver
{
    /// <summary>How many sentences back a pronoun looks for its person.</summary>
    public const int PronounWindow = 3;

    private readonly EntityLexicon _lex;
    private readonly List<EntityDraft> _entities = [];
    private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);
    private readonly List<(Mention Mention, Candidate Source)> _mentions = [];

    // Issue 9 point 1: persons by the words FindPersonByPart compares (first word, last word, last word without its
    // particle), so a surname alone is looked up among its namesakes, not among every entity of the document. Entries
    // go stale when a person's name grows; each is checked against the current name.
    private readonly Dictionary<string, HashSet<int>> _personsByPart = new(StringComparer.Ordinal);

    // Issue 9 point 1: the latest person by role, for LinkTitle (a title alone links to the latest person whose role is
    // the title or ends with its head word). A person's role never changes once set, so the latest id of a role and of
    // each of its endings is all LinkTitle needs; see RoleIndex.
    private readonly RoleIndex _personsByRole = new();

    public CoreferenceResolver(EntityLexicon lexicon)
    {
        _lex = lexicon;
    }

    public (ImmutableArray<Entity> Entities, ImmutableArray<Mention> Mentions) Resolve(in TokenView view, ImmutableArray<Sentence> sentences, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            var entity = c.Type switch
            {
                EntityType.Person when c.Kind == MentionKind.Nominal => LinkTitle(c),
                EntityType.Person => LinkPerson(c, create: true),
                null => LinkUntyped(c),
                EntityType.Place when c.LastToken == c.FirstToken && FindPersonByPart(c.Name) is { } person => person,
                EntityType.Org => LinkOrg(c),
                _ => LinkByName(c),
            };
            if (entity is null)
            {
                continue;
            }

            entity.Absorb(c);
            entity.LastMention = _mentions.Count;
            IndexParts(entity);
            if (entity.Type == EntityType.Person)
            {
                _personsByRole.Add(entity.Id, entity.Role);
            }

            var kind = c.Kind == MentionKind.Name && entity.Type != c.Type ? MentionKind.Name : c.Kind;
            _mentions.Add((new Mention(c.Span, entity.Id, kind), c with { Type = entity.Type }));
        }

        ResolveEponyms();
        ResolvePronounsAndNominals(view, sentences);
        ResolvePlaceNominals(view, sentences);

        var mentions = _mentions.Select(m => m.Mention).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length);
        var kept = ImmutableArray.CreateBuilder<Mention>();
        var end = 0;
        foreach (var m in mentions)
        {
            if (m.Span.Start >= end && !m.Span.IsEmpty)
            {
                kept.Add(m);
                end = m.Span.End;
            }
        }

        return ([.. _entities.Select(e => e.ToEntity())], kept.ToImmutable());
    }

    private EntityDraft Create(EntityType type, string name, string key)
    {
        var e = new EntityDraft(_entities.Count, type, name);
        _entities.Add(e);
        _byKey[key] = e;
        IndexParts(e);
        return e;
    }

    private void IndexParts(EntityDraft e)
    {
        if (e.Type != EntityType.Person || e.Parts.Length < 2)
        {
            return;
        }

        foreach (var part in (ReadOnlySpan<string>)[e.Parts[0], e.Parts[^1], StripParticle(e.Parts[^1])])
        {
            if (!_personsByPart.TryGetValue(part, out var ids))
            {
                _personsByPart[part] = ids = [];
            }

            ids.Add(e.Id);
        }
    }

    private static string Key(EntityType type, string name) => $"{(int)type}|{name}";

    // The person of two or more words whose first or last word is the name, mentioned last (issue 9 point 8: the nearest
    // earlier namesake). After a courtesy title or a rank ("Mrs Clinton", "Mr Blair"), a person of the other gender, or with
    // a rank after a courtesy title, is skipped.
    private EntityDraft? FindPersonByPart(string name, Candidate? titled = null)
    {
        var best = -1;
        foreach (var key in (ReadOnlySpan<string>)[name, StripParticle(name)])
        {
            if (!_personsByPart.TryGetValue(key, out var ids))
            {
                continue;
            }

            foreach (var k in ids)
            {
                var e = _entities[k];
                if ((best < 0 || e.LastMention > _entities[best].LastMention || (e.LastMention == _entities[best].LastMention && k > best))
                    && e.Type == EntityType.Person && e.Parts.Length > 1 && Compatible(e, titled)
                    && (e.Parts[^1] == name || e.Parts[0] == name || StripParticle(e.Parts[^1]) == StripParticle(name)))
                {
                    best = k;
                }
            }
        }

        return best >= 0 ? _entities[best] : null;
    }

    /// <summary>
    /// False when a titled mention cannot be the person: both genders are known and differ ("Mrs Clinton", "Bill
    /// Clinton"), or the person holds a rank and the title is a form of address ("Mr Blair", "Sir Ian Blair").
    /// </summary>
    private static bool Compatible(EntityDraft e, Candidate? titled) =>
        titled is null || titled.Honorific == Honorific.None
        || (MayBeSame(e.Gender, titled.Gender) && !(titled.Honorific == Honorific.Courtesy && e.Ranked));

    private static bool MayBeSame(WordClass a, WordClass b) => a == WordClass.None || b == WordClass.None || a == b;

    private static string StripParticle(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && char.IsLower(name[0]) || (dash is 2 && name.StartsWith("Al", StringComparison.Ordinal)) ? name[(dash + 1)..] : name;
    }

    /// <summary>
    /// A capitalised name no rule typed: the person it names (a surname, a full name seen before), else the place or
    /// organisation of the same name earlier in the document (one sense per name per document, issue 9 point 8: "the
    /// city of Husaybah" ... "the assault of Husaybah"), else a new person when it is a speaker, else nothing.
    /// </summary>
    private EntityDraft? LinkUntyped(Candidate c)
    {
        if (LinkPerson(c, create: false) is { } person)
        {
            return person;
        }

        if (_byKey.TryGetValue(Key(EntityType.Place, c.Name), out var place) || _byKey.TryGetValue(Key(EntityType.Org, c.Name), out place))
        {
            return place;
        }

        return c.IsSpeaker ? LinkPerson(c, create: true) : null;
    }

    private EntityDraft? LinkPerson(Candidate c, bool create)
    {
        var name = c.Name;

        // Issue 9 point 8: a courtesy title and a name ("Mr Hague", "Mrs Clinton") is the person of that name seen last
        // whose gender does not conflict with the title's; one that conflicts with every namesake is someone else, kept
        // under its own key so that a bare surname still goes to the namesake.
        var titled = c.Honorific == Honorific.None ? null : c;
        var key = Key(EntityType.Person, name);
        var otherKey = Key(EntityType.Person, $"{name}|{(int)c.Honorific}|{(int)c.Gender}");
        if (titled is not null && _byKey.TryGetValue(otherKey, out var e))
        {
            return e;
        }

        var namesake = _byKey.TryGetValue(key, out e);
        if (namesake && Compatible(e!, titled))
        {
            return e;
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && FindPersonByPart(name, titled) is { } byPart)
        {
            return byPart;
        }

        // A full name after its surname was seen alone is the same person only if that surname entity has no full name
        // and no other gender ("Mr Hague" ... "Sarah Hague" are two people).
        if (parts.Length > 1 && _byKey.TryGetValue(Key(EntityType.Person, parts[^1]), out var surname) && surname.Parts.Length == 1 && MayBeSame(surname.Gender, c.Gender) && Compatible(surname, titled))
        {
            _byKey[key] = surname;
            return surname;
        }

        if (!create)
        {
            return null;
        }

        if (titled is not null && (namesake || (parts.Length == 1 && FindPersonByPart(name) is not null)))
        {
            key = otherKey;
        }

        var created = Create(EntityType.Person, name, key);
        created.Gender = c.Gender;
        return created;
    }

    /// <summary>A capitalised title alone ("the Foreign Secretary"): the latest person holding it, else a person known only by it.</summary>
    private EntityDraft LinkTitle(Candidate c)
    {
        var head = c.Name[(c.Name.LastIndexOf(' ') + 1)..];
        if (_personsByRole.Latest(c.Role, head) is var k and >= 0)
        {
            return _entities[k];
        }

        var key = Key(EntityType.Person, "title:" + c.Role);
        if (!_byKey.TryGetValue(key, out var byTitle))
        {
            byTitle = Create(EntityType.Person, c.Role ?? c.Name, key);
            byTitle.Role = c.Role;
        }

        return byTitle;
    }

    private EntityDraft LinkOrg(Candidate c)
    {
        var group = c.GroupKey ?? c.Name;
        if (_byKey.TryGetValue(Key(EntityType.Org, group), out var e) || _byKey.TryGetValue(Key(EntityType.Org, c.Name), out e))
        {
            _byKey.TryAdd(Key(EntityType.Org, c.Name), e);
            return e;
        }

        if (c.Acronym is not null && _byKey.TryGetValue(Key(EntityType.Org, c.Acronym), out e))
        {
            _byKey.TryAdd(Key(EntityType.Org, group), e);
            return e;
        }

        e = Create(EntityType.Org, c.Kind == MentionKind.Alias ? group : c.Name, Key(EntityType.Org, group));
        _byKey.TryAdd(Key(EntityType.Org, c.Name), e);
        if (c.Kind == MentionKind.Alias)
        {
            e.Acronym = c.Name;
        }

        if (c.Acronym is not null)
        {
            _byKey.TryAdd(Key(EntityType.Org, c.Acronym), e);
        }

        return e;
    }

    private EntityDraft LinkByName(Candidate c)
    {
        var type = c.Type!.Value;
        var name = type == EntityType.Equipment ? Singular(c.Name) : c.Name;
        var key = Key(type, name);
        return _byKey.TryGetValue(key, out var e) ? e : Create(type, c.Name, key);
    }

    private static string Singular(string s) => s.EndsWith('s') && s.Length > 3 ? s[..^1] : s;

    /// <summary>
    /// A person named at the head of an organisation's name leads it only where the text says so (issue 9 point 8): the
    /// rest of the name is a lower-case group noun that makes the group the person's (<c>Haftar forces</c>, <c>the Assad
    /// regime</c>), or a mention of the person and one of the organisation share a sentence (<c>Mr Ford, chairman of the
    /// Ford Foundation</c>). A <c>Ford Foundation</c> elsewhere says nothing about a Mr Ford.
    /// </summary>
    private void ResolveEponyms()
    {
        Dictionary<int, HashSet<int>>? sentences = null;
        Dictionary<string, List<EntityDraft>>? orgsByFirstWord = null;
        foreach (var p in _entities)
        {
            if (p.Type != EntityType.Person || p.Affiliation is not null || p.Parts.Length < 2)
            {
                continue;
            }

            // Issue 9 point 1: a surname has no space, so a name starting with it and a space is one whose first word
            // (up to its first space) it is: the organisations are looked up by that word, in entity order.
            orgsByFirstWord ??= OrgsByFirstWord();
            if (!orgsByFirstWord.TryGetValue(p.Parts[^1], out var orgs))
            {
                continue;
            }

            foreach (var o in orgs)
            {
                sentences ??= SentencesByEntity();
                if (char.IsLower(o.Name[p.Parts[^1].Length + 1]) || SharesASentence(sentences, p.Id, o.Id))
                {
                    p.Affiliation = o.Acronym ?? o.Name;
                    break;
                }
            }
        }
    }

    /// <summary>Organisations whose name has a space, by the text before its first space, each list in entity order.</summary>
    private Dictionary<string, List<EntityDraft>> OrgsByFirstWord()
    {
        var map = new Dictionary<string, List<EntityDraft>>(StringComparer.Ordinal);
        foreach (var o in _entities)
        {
            if (o.Type == EntityType.Org && FirstWord(o.Name) is { } word)
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = [];
                }

                list.Add(o);
            }
        }

        return map;
    }

    /// <summary>The text before a name's first space, or null when it has none.</summary>
    internal static string? FirstWord(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? name[..space] : null;

    private Dictionary<int, HashSet<int>> SentencesByEntity()
    {
        var map = new Dictionary<int, HashSet<int>>();
        foreach (var (mention, source) in _mentions)
        {
            if (source.Sentence >= 0)
            {
                if (!map.TryGetValue(mention.EntityId, out var set))
                {
                    map[mention.EntityId] = set = [];
                }

                set.Add(source.Sentence);
            }
        }

        return map;
    }

    private static bool SharesASentence(Dictionary<int, HashSet<int>> sentences, int a, int b) =>
        sentences.TryGetValue(a, out var sa) && sentences.TryGetValue(b, out var sb) && sa.Overlaps(sb);
}
