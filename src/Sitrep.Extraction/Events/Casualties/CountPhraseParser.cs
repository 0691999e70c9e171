namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Reads the noun phrase that counts people at one token: an optional qualifier ("at least", "more than", "up to"), a
/// number, range or vague quantity, and the noun it counts ("6 civilians", "two of the attackers", "dozens of people");
/// or one person ("a policeman", "a 35-year-old man", "he"); or a plural with no number ("civilians"); or nobody
/// ("no one"). A number that counts things rather than people ("3 bills", "12 trees", "5 years", "rs 300 crore", a
/// date, a year, a time or a percentage) is not a count phrase.
/// </summary>
internal static class CountPhraseParser
{
    private static readonly string[][] Qualifiers =
    [
        ["at", "least"], ["at", "most"], ["more", "than"], ["well", "over"], ["over"], ["nearly"], ["almost"], ["about"],
        ["around"], ["approximately"], ["roughly"], ["some"], ["as", "many", "as"], ["no", "fewer", "than"],
        ["no", "less", "than"], ["not", "less", "than"], ["an", "estimated"], ["estimated"], ["a", "total", "of"],
        ["upwards", "of"], ["close", "to"], ["in", "excess", "of"], ["fewer", "than"], ["less", "than"], ["under"],
        ["only"], ["just"], ["exactly"], ["all"], ["another"], ["an", "additional"], ["a", "further"], ["a", "minimum", "of"],
    ];

    /// <summary>Reads the count phrase starting at token <paramref name="i"/>.</summary>
    public static bool TryParse(in TokenView v, int i, out CountPhrase phrase)
    {
        phrase = default;
        const WordTags starts = WordTags.Digits | WordTags.NumberWord | WordTags.Zero | WordTags.Determiner | WordTags.Pronoun
            | WordTags.PersonSingular | WordTags.PersonPlural | WordTags.CountStart;
        if (!v.IsWord(i) || !v.Has(i, starts))
        {
            return false;
        }

        if (v.Has(i, WordTags.Zero) && TryZero(v, i, out phrase))
        {
            return true; // "no fewer than 5" goes on to its qualifier
        }

        // "not a single person", "nor a single person", "not one".
        if ((v.Is(i, "not") || v.Is(i, "nor")) && ((v.Is(i + 1, "a") && v.Is(i + 2, "single")) || v.Is(i + 1, "one")))
        {
            var after = v.Is(i + 1, "one") ? i + 2 : i + 3;
            return Finish(v, i, after, 0, PhraseKind.Zero, false, "zero", out phrase);
        }

        if (v.Is(i, "anyone") || v.Is(i, "anybody"))
        {
            phrase = new CountPhrase(i, i + 1, 0, PhraseKind.Any, false, "zero:any", true);
            return true;
        }

        if (v.Is(i, "both") && CountPhraseRules.TryBoth(v, i, out phrase))
        {
            return true;
        }

        var upTo = v.Is(i, "up") && v.Is(i + 1, "to");
        var j = upTo ? i + 2 : SkipQualifiers(v, i);
        if (v.Is(j, "between") && NumberWords.TryRead(v, j + 1, out var low, out var e1, out _) && v.Is(e1, "and")
            && NumberWords.TryRead(v, e1 + 1, out var high, out var e2, out _))
        {
            return Finish(v, i, e2, Math.Min(low, high), PhraseKind.Number, false, "range-low", out phrase);
        }

        if (NumberWords.TryRead(v, j, out var value, out var end, out var range))
        {
            if (CountPhraseRules.Blocked(v, i, end) || (CountPhraseRules.YearLike(v, j, end) && !PersonFollows(v, end)))
            {
                return false;
            }

            // "10 to 15", "two or three": ACLED takes the lower figure. "rose from 243 to 271" is no range.
            if ((v.Is(end, "to") || v.Is(end, "or") || v.Is(end, "-") || v.Is(end, "–")) && !v.Is(i - 1, "from")
                && NumberWords.TryRead(v, end + 1, out var top, out var topEnd, out _) && top > value)
            {
                (end, range) = (topEnd, true);
            }

            var rule = range ? "range-low" : upTo ? "number-up-to" : "number";
            return Finish(v, i, end, value, PhraseKind.Number, upTo, rule, out phrase) && (!v.Is(j, "both") || CountPhraseRules.Both(v, phrase));
        }

        if (VagueQuantities.TryRead(v, i, out value, out end, out var vague)
            || (j > i && VagueQuantities.TryRead(v, j, out value, out end, out vague)))
        {
            return Finish(v, i, end, value, PhraseKind.Vague, true, vague, out phrase);
        }

        if (v.Has(i, WordTags.Determiner) && TryDeterminer(v, i, out phrase))
        {
            return true;
        }

        if (v.Has(i, WordTags.Pronoun))
        {
            phrase = new CountPhrase(i, i + 1, 1, PhraseKind.Pronoun, false, "pronoun", true);
            return true;
        }

        return v.Has(i, WordTags.PersonSingular | WordTags.PersonPlural) && TryBare(v, i, out phrase);
    }

    private static int SkipQualifiers(in TokenView v, int i)
    {
        var j = i;
        for (var round = 0; round < 2; round++)
        {
            var matched = false;
            foreach (var q in Qualifiers)
            {
                var k = 0;
                while (k < q.Length && v.Is(j + k, q[k]))
                {
                    k++;
                }

                if (k == q.Length)
                {
                    j += k;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        return j;
    }

    private static bool PersonFollows(in TokenView v, int end) => NounRun.Read(v, end, false).Person;

    private static bool Finish(in TokenView v, int start, int end, int count, PhraseKind kind, bool vague, string rule, out CountPhrase phrase)
    {
        phrase = default;
        var person = false;
        if (v.Is(end, "of"))
        {
            // Partitive: "two of the attackers", "12 of them", "dozens of people". "12 of 20" keeps "of" outside.
            if (v.Is(end + 1, "them") || v.Is(end + 1, "whom") || v.Is(end + 1, "those") || v.Is(end + 1, "these") || v.Is(end + 1, "us"))
            {
                (end, person) = (end + 2, true);
            }
            else
            {
                var from = v.Has(end + 1, WordTags.Determiner) && !v.Is(end + 1, "a") && !v.Is(end + 1, "an") ? end + 2 : end + 1;
                var run = NounRun.Read(v, from, false);
                if (run.Person)
                {
                    (end, person) = (run.End, true);
                }
            }
        }
        else
        {
            var run = NounRun.Read(v, end, false);
            if (run.Reject)
            {
                return false;
            }

            (end, person) = (run.End, run.Person);

            end = person ? CountPhraseRules.ListEnd(v, end) : end;
        }

        phrase = new CountPhrase(start, end, count, kind, vague, rule, person);
        return true;
    }

    private static bool TryDeterminer(in TokenView v, int i, out CountPhrase phrase)
    {
        phrase = default;
        var run = NounRun.Read(v, i + 1, true);
        if (!run.Person || run.Reject)
        {
            return false;
        }

        if (v.Has(run.End - 1, WordTags.PersonSingular))
        {
            phrase = new CountPhrase(i, run.End, 1, PhraseKind.Singular, false, "singular", true);
            return true;
        }

        // "the protesters", "their children": people, no number ("a", "another", "first" take a singular only).
        if (v.Is(i, "a") || v.Is(i, "an") || v.Is(i, "another") || v.Is(i, "first") || v.Is(i, "second") || v.Is(i, "third")
            || v.Is(i, "fourth") || v.Is(i, "fifth") || v.Is(i, "this") || v.Is(i, "that"))
        {
            return false;
        }

        phrase = new CountPhrase(i, run.End, VagueQuantities.Plural, PhraseKind.Plural, true, VagueQuantities.PluralRule, true);
        return true;
    }

    private static bool TryBare(in TokenView v, int i, out CountPhrase phrase)
    {
        var run = NounRun.Read(v, i, false);
        var singular = v.Has(run.End - 1, WordTags.PersonSingular) && !v.Has(run.End - 1, WordTags.PersonPlural);
        if (singular && (v.Is(i - 1, "any") || v.Is(i - 1, "every") || v.Is(i - 1, "each")))
        {
            phrase = default;
            return false; // "hardly any muslim had died" counts no one
        }

        phrase = singular
            ? new CountPhrase(i, run.End, 1, PhraseKind.Singular, false, "singular", true)
            : new CountPhrase(i, run.End, VagueQuantities.Plural, PhraseKind.Plural, true, VagueQuantities.PluralRule, true);
        return run.Person && !run.Reject;
    }

    private static bool TryZero(in TokenView v, int i, out CountPhrase phrase)
    {
        phrase = default;
        var end = v.Is(i, "no") && v.Is(i + 1, "one") ? i + 2 : v.Is(i, "no") ? i : i + 1;
        if (end == i)
        {
            // "no civilians", "no security personnel"
            var run = NounRun.Read(v, i + 1, false);
            if (!run.Person || run.Reject)
            {
                return false;
            }

            end = run.End;
        }

        return Finish(v, i, end, 0, PhraseKind.Zero, false, "zero", out phrase);
    }
}
