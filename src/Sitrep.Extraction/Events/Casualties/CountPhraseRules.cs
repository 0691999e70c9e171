namespace Sitrep.Extraction.Events.Casualties;

/// <summary>The checks <see cref="CountPhraseParser"/> applies to a number: what blocks it from counting people (dates,
/// money, ages, years), how far a list of nouns for people extends it, and how "both" counts.</summary>
internal static class CountPhraseRules
{
    // "rs 300", "aged 35", "March 12", "12 March", "10:30", "30%", "35 years old".
    public static bool Blocked(in TokenView v, int start, int end) =>
        v.Has(start - 1, WordTags.NumberBlocker | WordTags.Month) || v.Has(end, WordTags.Month) || v.Is(end, "%")
        || (v.Is(end, ":") && v.Has(end + 1, WordTags.Digits)) || v.Is(end, "per")
        || ((v.Is(end, "year") || v.Is(end, "years")) && (v.Is(end + 1, "old") || v.Is(end + 1, "-")));

    // "1969 riots", "in 2002": a four-digit year, unless people follow ("2000 people").
    public static bool YearLike(in TokenView v, int j, int end)
    {
        if (end != j + 1 || !v.Has(j, WordTags.Digits))
        {
            return false;
        }

        var w = v.Word(j);
        return w.Length == 4 && int.TryParse(w, out var year) && year is >= 1800 and <= 2100;
    }

    // "more than 3,000 men, women, children died", "12 women and children": one number for a list of nouns for people,
    // closed by "and"/"or" or followed by its verb; not "four commandos, officials said".
    public static int ListEnd(in TokenView v, int end)
    {
        var j = end;
        while (v.Is(j, ",") || v.Is(j, "and") || v.Is(j, "or"))
        {
            var closing = !v.Is(j, ",") || v.Is(j + 1, "and") || v.Is(j + 1, "or");
            var next = v.Is(j, ",") && closing ? j + 2 : j + 1;
            var more = v.Has(next, WordTags.PersonSingular | WordTags.PersonPlural) ? NounRun.Read(v, next, false) : default;
            if (!more.Person || more.Reject)
            {
                break;
            }

            j = more.End;
            if (closing)
            {
                return j;
            }
        }

        return j > end && v.Has(j, WordTags.Anchor | WordTags.BeAux) ? j : end;
    }

    // "both Krishna and Ayodhya": two named people. Not "both Hindus and Muslims" (people, no number) or "both sides".
    public static bool TryBoth(in TokenView v, int i, out CountPhrase phrase)
    {
        phrase = default;
        var and = Name(v, i + 1);
        if (and == i + 1 || !v.Is(and, "and"))
        {
            return false;
        }

        var end = Name(v, and + 1);
        if (end == and + 1)
        {
            return false;
        }

        phrase = new CountPhrase(i, end, 2, PhraseKind.Number, false, "both", true);
        return true;
    }

    // Up to three words that may name a person: no function word, no plural or thing noun. Returns the token after them.
    private static int Name(in TokenView v, int k)
    {
        const WordTags not = WordTags.Punct | WordTags.Stop | WordTags.Skip | WordTags.Anchor | WordTags.Conj | WordTags.PersonPlural
            | WordTags.NonPerson | WordTags.NumberWord | WordTags.Digits | WordTags.BeAux | WordTags.Modal | WordTags.Negation;
        var j = k;
        while (j < k + 3 && v.IsWord(j) && !v.Has(j, not))
        {
            j++;
        }

        return j;
    }

    // "both men", "both of them", "both were killed" count two; "both sides", "both Hindus and Muslims" do not.
    public static bool Both(in TokenView v, CountPhrase phrase) =>
        !v.Is(phrase.End, "and") && !ContainsConj(v, phrase) && (phrase.PersonHead || v.Has(phrase.End, WordTags.BeAux | WordTags.Anchor | WordTags.Skip | WordTags.Punct) || phrase.End >= v.Count);

    private static bool ContainsConj(in TokenView v, CountPhrase phrase)
    {
        for (var k = phrase.Start; k < phrase.End; k++)
        {
            if (v.Has(k, WordTags.Conj))
            {
                return true;
            }
        }

        return false;
    }
}
