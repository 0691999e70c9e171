using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Actors;

/// <summary>
/// Decides which corpus actor a document's person or organisation is (issue 10 point 4). A pure function of the
/// candidate and what the lookup returns. The steps, first that gives candidates wins:
/// <list type="bullet">
/// <item>a person with a full name: actors with that name (by transliteration key); then an actor known so far by one
/// word that is this surname (it takes the full name);</item>
/// <item>a person named by one word (a surname-only mention): actors with that surname, or known by that one word;</item>
/// <item>an organisation named by an acronym alone: every actor holding it as a name or an acronym (several that fit:
/// ambiguous);</item>
/// <item>another organisation: actors with that name; then an actor named by its acronym alone (the document's own
/// link).</item>
/// </list>
/// A name matched by its transliteration key but spelled otherwise (Hifter, Haftar) joins only with the confirmation a
/// surname join needs.
/// Of the actors a step finds, those of another type, those another entity of the same document already took, and
/// those whose country conflicts (<see cref="Compatible"/>) are set aside. One left: joined. Several: the one with the
/// same code, else the same affiliation, else (a full name) the oldest; a surname-only mention with several left stays
/// ambiguous. A surname-only join with nothing to confirm it (no code on either side, no shared affiliation or role) is
/// refused: a shared surname alone never merges two people.
/// </summary>
public static class ActorResolver
{
    /// <summary>Resolves <paramref name="candidate"/> against the corpus.</summary>
    /// <param name="candidate">The document's entity.</param>
    /// <param name="lookup">The corpus's actors by alias.</param>
    /// <param name="taken">Actors other entities of the same document resolved to (the document says they differ).</param>
    public static ActorResolution Resolve(ActorCandidate candidate, IActorLookup lookup, IReadOnlySet<long> taken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(taken);
        var refused = ImmutableArray.CreateBuilder<long>();
        var reasons = new List<string>();
        foreach (var (step, found, weak, confirm) in Steps(candidate, lookup))
        {
            var fit = new List<ActorSummary>();
            foreach (var actor in found)
            {
                if (actor.Type != candidate.Type || taken.Contains(actor.Id) || fit.Any(f => f.Id == actor.Id))
                {
                    continue;
                }

                if (!Compatible(candidate.Code, actor.Codes))
                {
                    refused.Add(actor.Id);
                    reasons.Add(Invariant($"{actor.Name} (actor {actor.Id}) is {string.Join('/', actor.Codes)}, the mention {candidate.Code}"));
                    continue;
                }

                fit.Add(actor);
            }

            if (fit.Count == 0)
            {
                continue;
            }

            var chosen = fit.Count == 1 ? fit[0] : Narrow(candidate, fit);
            if (chosen is null)
            {
                if (weak)
                {
                    return new(ActorOutcome.Ambiguous, null, Invariant($"ambiguous {step}: {fit.Count} actors fit ({string.Join(", ", fit.Select(f => Invariant($"{f.Name} #{f.Id}")))})"), refused.ToImmutable());
                }

                chosen = fit[0];
            }

            if (confirm && !Confirmed(candidate, chosen))
            {
                refused.Add(chosen.Id);
                reasons.Add(Invariant($"{chosen.Name} (actor {chosen.Id}) shares only the surname: no code, affiliation or role to confirm"));
                continue;
            }

            // A name spelled otherwise (Hifter for Haftar) is a weaker sign than the same spelling: it needs the same confirmation.
            if (!confirm && !chosen.MatchedSpellings.Contains(candidate.Spelling) && !Confirmed(candidate, chosen))
            {
                refused.Add(chosen.Id);
                reasons.Add(Invariant($"{chosen.Name} (actor {chosen.Id}) is spelled otherwise: no code, affiliation or role to confirm"));
                continue;
            }

            return new(ActorOutcome.Joined, chosen.Id, Invariant($"{step}: {chosen.Name}"), refused.ToImmutable());
        }

        return new(ActorOutcome.New, null, reasons.Count == 0 ? "new: no actor of that name" : "new; refused: " + string.Join("; ", reasons), refused.ToImmutable());
    }

    /// <summary>
    /// True when a mention's code and an actor's codes name no two different countries: either side has no code, or
    /// some code of the actor has the mention code's first segment (<c>LBYMIL</c> and <c>LBYGOV</c> agree; <c>USAGOV</c>
    /// and <c>GBRGOV</c> conflict). A code's first three letters are its country, IGO or agent.
    /// </summary>
    /// <param name="code">The mention's code, or null.</param>
    /// <param name="actorCodes">The actor's codes.</param>
    public static bool Compatible(ActorCode? code, IReadOnlyCollection<string> actorCodes)
    {
        ArgumentNullException.ThrowIfNull(actorCodes);
        if (code is not { } c || actorCodes.Count == 0)
        {
            return true;
        }

        var country = Country(c.Value);
        return actorCodes.Any(a => Country(a) == country);
    }

    private static string Country(string code) => code.Length <= 3 ? code : code[..3];

    // Each step: its name, the actors found, whether several fitting actors leave the mention ambiguous (else the oldest
    // is taken) and whether a join needs confirmation beyond the name.
    private static IEnumerable<(string Step, IReadOnlyList<ActorSummary> Found, bool Weak, bool Confirm)> Steps(ActorCandidate c, IActorLookup lookup)
    {
        if (c.Type == EntityType.Person)
        {
            if (c.SurnameKey is { } surname)
            {
                yield return ("full name", lookup.Find(AliasKind.Name, c.Key), false, false);
                yield return ("surname-only actor", [.. lookup.Find(AliasKind.Name, surname).Where(a => a.SingleWord)], true, true);
            }
            else
            {
                yield return ("surname", [.. lookup.Find(AliasKind.Surname, c.Key), .. lookup.Find(AliasKind.Name, c.Key).Where(a => a.SingleWord)], true, true);
            }

            yield break;
        }

        var acronymKey = c.Acronym is { } a ? NameKey.Of(a) : null;
        if (acronymKey is not null && c.Key == acronymKey)
        {
            // An organisation named by its acronym alone (RSS) meets every actor that holds it, as a name or as an
            // acronym: two that fit leave it ambiguous.
            yield return ("acronym", [.. lookup.Find(AliasKind.Name, c.Key), .. lookup.Find(AliasKind.Acronym, c.Acronym!)], true, false);
            yield break;
        }

        yield return ("name", lookup.Find(AliasKind.Name, c.Key), false, false);
        if (acronymKey is not null)
        {
            // A long form meets, through its acronym, only an actor named by the acronym alone: two long forms that share
            // an acronym (International Coffee and Cocoa Organizations, ICO) are two organisations.
            yield return ("acronym", [.. lookup.Find(AliasKind.Acronym, c.Acronym!).Where(x => x.NameKey == acronymKey), .. lookup.Find(AliasKind.Name, acronymKey).Where(x => x.NameKey == acronymKey)], true, false);
        }
    }

    // Several actors fit: the one with the mention's very code, else the one with its affiliation; null when neither tells.
    private static ActorSummary? Narrow(ActorCandidate c, List<ActorSummary> fit)
    {
        if (c.Code is { } code && fit.Where(f => f.Codes.Contains(code.Value)).ToList() is [var byCode])
        {
            return byCode;
        }

        return c.AffiliationKey is { } aff && fit.Where(f => f.AffiliationKeys.Contains(aff)).ToList() is [var byAffiliation] ? byAffiliation : null;
    }

    // A surname join needs something beyond the name: a code on both sides (already compatible), or a shared affiliation or role.
    private static bool Confirmed(ActorCandidate c, ActorSummary actor) =>
        (c.Code is not null && actor.Codes.Length > 0)
        || (c.AffiliationKey is { } aff && actor.AffiliationKeys.Contains(aff))
        || (c.Role is { } role && actor.Roles.Contains(role.ToLowerInvariant()));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
