using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Actors;

/// <summary>The people and organisations of one document as actor candidates (issue 10 point 4).</summary>
public static class ActorCandidates
{
    /// <summary>Longest acronym read as one (letters).</summary>
    public const int MaxAcronymLetters = 8;

    // Generational suffixes are no surname ("Martin Luther King Jr." → King).
    private static readonly ImmutableHashSet<string> Suffixes = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "jr", "sr", "ii", "iii", "iv");

    /// <summary>
    /// One candidate per person and organisation entity of <paramref name="document"/>, in entity order, with its
    /// code, its aliases (the name, a person's surname, an organisation's acronym, the words of its name and alias
    /// mentions, titles stripped) and the number of the document's events it is source or target of.
    /// </summary>
    /// <param name="document">A document with its entity, mention, actor and event layers (missing layers are empty).</param>
    /// <param name="titles">The title stripper.</param>
    public static ImmutableArray<ActorCandidate> Of(Document document, PersonTitles titles)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(titles);
        var codes = new Dictionary<int, ActorCode>();
        foreach (var a in document.Actors)
        {
            if (!a.Code.IsNull)
            {
                codes[a.EntityId] = a.Code;
            }
        }

        var sources = new Dictionary<int, int>();
        var targets = new Dictionary<int, int>();
        foreach (var e in document.Events)
        {
            Count(sources, e.Source?.EntityId);
            Count(targets, e.Target?.EntityId);
        }

        var surfaces = new Dictionary<int, List<string>>();
        foreach (var m in document.Mentions)
        {
            if (m.Kind is MentionKind.Name or MentionKind.Alias && m.Span.End <= document.Text.Length)
            {
                if (!surfaces.TryGetValue(m.EntityId, out var list))
                {
                    surfaces[m.EntityId] = list = [];
                }

                var surface = document.TextOf(m.Span).Trim();
                if (!list.Contains(surface))
                {
                    list.Add(surface); // a name said five times is keyed once (aliases keep the first of each anyway)
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<ActorCandidate>();
        foreach (var entity in document.Entities)
        {
            if (entity.Type is not (EntityType.Person or EntityType.Org))
            {
                continue;
            }

            var candidate = Build(entity, codes.TryGetValue(entity.Id, out var c) ? c : null, surfaces.GetValueOrDefault(entity.Id) ?? [], titles);
            if (candidate is not null)
            {
                result.Add(candidate with { EventsAsSource = sources.GetValueOrDefault(entity.Id), EventsAsTarget = targets.GetValueOrDefault(entity.Id) });
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The acronym's upper-case letters when <paramref name="text"/> is written as one (<c>LNA</c>, <c>U.N.</c>); null otherwise.</summary>
    /// <param name="text">A name.</param>
    public static string? AcronymOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsUpper(ch) || char.IsDigit(ch))
            {
                letters.Append(ch);
            }
            else if (ch is not ('.' or '-' or '&'))
            {
                return null;
            }
        }

        return letters.Length is >= 2 and <= MaxAcronymLetters && char.IsUpper(letters[0]) ? letters.ToString() : null;
    }

    private static ActorCandidate? Build(Entity entity, ActorCode? code, List<string> surfaces, PersonTitles titles)
    {
        var person = entity.Type == EntityType.Person;
        var name = person ? titles.Strip(entity.Name, entity.Role) : entity.Name.Trim();
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }

        var words = key.Split(' ');
        var wordsAsWritten = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w.TrimEnd('.', ','))).ToArray();
        string? surnameKey = null;
        string? surname = null;
        if (person && words.Length >= 2 && wordsAsWritten.Length >= 2)
        {
            surname = wordsAsWritten[^1];
            surnameKey = NameKey.Of(surname);
            if (surnameKey.Length == 0)
            {
                surnameKey = null;
            }
        }

        var acronym = person ? null : (entity.Acronym is { } a ? AcronymOf(a) ?? a.ToUpperInvariant() : AcronymOf(name));
        var aliases = new List<ActorAlias> { new(AliasKind.Name, key, name) };
        if (surnameKey is not null)
        {
            aliases.Add(new ActorAlias(AliasKind.Surname, surnameKey, surname!));
        }

        if (acronym is not null)
        {
            aliases.Add(new ActorAlias(AliasKind.Acronym, acronym, entity.Acronym ?? name));
        }

        foreach (var s in surfaces)
        {
            var surface = person ? titles.Strip(s, entity.Role) : s;
            var k = NameKey.Of(surface);
            if (k.Length > 0 && !aliases.Any(x => x.Key == k && x.Surface == surface))
            {
                aliases.Add(new ActorAlias(AliasKind.Mention, k, surface));
            }
        }

        return new ActorCandidate(entity.Id, entity.Type, name, key, surnameKey, acronym, entity.Role, entity.Affiliation, code, [.. aliases], 0, 0);
    }

    private static void Count(Dictionary<int, int> counts, int? entityId)
    {
        if (entityId is { } id)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }
}
