namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Finds the count before a casualty word: its subject ("6 civilians were killed", "at least 12 dead", "two
/// die"), across a parenthesis ("5 people, including 3 women, lost their lives") or a prepositional phrase ("six rangers
/// in the park were killed").</summary>
internal static class SubjectSearch
{
    /// <summary>Tokens searched back for a parenthesis's opening comma.</summary>
    public const int ParenthesisReach = 12;

    /// <summary>Tokens searched back for a subject separated from its verb by a prepositional phrase.</summary>
    public const int DistantReach = 16;

    /// <summary>Reads the subject count ending at token <paramref name="stop"/> (where <see cref="MoodReader"/> stopped).</summary>
    /// <param name="t">The phrases.</param>
    /// <param name="stop">Last token before the auxiliaries and adverbs of the casualty word.</param>
    /// <param name="distant">Whether a subject may stand before a prepositional phrase.</param>
    /// <param name="reading">The count.</param>
    public static bool TrySubject(in PhraseTable t, int stop, bool distant, out Reading reading)
    {
        reading = default;
        var j = SkipParenthesis(t, stop);
        var p = t.EndingWith(j);

        // "at least four persons, including the policeman were injured": the part names no total; the count before
        // does. A part of a count already stated ("20 people injured, including five seriously wounded") adds nothing.
        if (p >= 0 && t.View.Is(t[p].Start - 1, "including") && t.View.Is(t[p].Start - 2, ","))
        {
            var whole = t.EndingWith(t[p].Start - 3);
            if (whole < 0 || t.IsClaimed(whole))
            {
                return false;
            }

            p = whole;
        }

        if (p >= 0 && !t.IsClaimed(p))
        {
            t.Claim(p);
            reading = Reading.Of(t[p]);
            Coordinate(t, ref reading);
            return true;
        }

        return distant && TryDistant(t, stop, out reading);
    }

    // "5 people, including 3 women, were killed", "some 40 people (mostly civilians) died": the count before the comma.
    private static int SkipParenthesis(in PhraseTable t, int j)
    {
        var v = t.View;
        if (!v.Is(j, ",") && !v.Is(j, ")"))
        {
            return j;
        }

        for (var k = j - 1; k >= 0 && k > j - ParenthesisReach; k--)
        {
            if (v.Is(k, ",") || v.Is(k, "("))
            {
                var opens = v.Is(k + 1, "including") || v.Is(k + 1, "among") || v.Is(k + 1, "all") || v.Is(k + 1, "mostly")
                    || v.Is(k + 1, "most") || v.Is(k + 1, "mainly") || v.Is(k + 1, "many") || v.Is(k + 1, "both")
                    || v.Is(k + 1, "some") || t.StartingAt(k + 1) >= 0;
                return opens ? k - 1 : j;
            }

            if (v.Has(k, WordTags.Anchor | WordTags.ClauseBreak | WordTags.BeAux))
            {
                break;
            }
        }

        return j;
    }

    // "At least six rangers in the park, famous for its gorillas, were killed": a person count followed by a
    // preposition or comma, with no verb, clause word or casualty word between it and the casualty word.
    private static bool TryDistant(in PhraseTable t, int stop, out Reading reading)
    {
        reading = default;
        var v = t.View;
        for (var j = stop; j >= 0 && j > stop - DistantReach; j--)
        {
            var p = t.EndingWith(j);
            if (p >= 0)
            {
                var phrase = t[p];
                var opensGap = v.Is(j + 1, ",") || (v.Has(j + 1, WordTags.Stop) && !v.Has(j + 1, WordTags.ClauseBreak | WordTags.Skip));
                if (!t.IsClaimed(p) && phrase.PersonHead && ObjectSearch.Addable(phrase) && opensGap && j != stop)
                {
                    t.Claim(p);
                    reading = Reading.Of(phrase);
                    Coordinate(t, ref reading);
                    return true;
                }

                if (phrase.Kind is PhraseKind.Number or PhraseKind.Vague)
                {
                    return false; // a nearer figure that is not the subject: do not reach past it
                }

                j = phrase.Start;
                continue;
            }

            if (v.Has(j, WordTags.ClauseBreak | WordTags.BeAux | WordTags.Anchor | WordTags.Modal | WordTags.Negation | WordTags.Conj)
                || v.Is(j, ".") || v.Is(j, ";") || v.Is(j, ":") || v.Is(j, "?") || v.Is(j, "!") || v.Has(j, WordTags.ViolenceVerb))
            {
                return false;
            }
        }

        return false;
    }

    // "6 soldiers and 3 civilians were killed", "a man and his son died". A conjunct that is the object of a
    // casualty word before it ("killed 2 soldiers and 3 civilians were injured") is not part of this subject.
    private static void Coordinate(in PhraseTable t, ref Reading reading)
    {
        var v = t.View;
        for (var n = 0; n < ObjectSearch.MaxConjuncts; n++)
        {
            var c = reading.First - 1;
            var and = v.Has(c, WordTags.Conj);
            if (!and && !v.Is(c, ","))
            {
                return;
            }

            var j = and && v.Is(c - 1, ",") ? c - 2 : c - 1;
            var q = t.EndingWith(j);
            if (q < 0 || t.IsClaimed(q) || !ObjectSearch.Addable(t[q]) || v.Has(t[q].Start - 1, WordTags.Anchor | WordTags.ViolenceVerb)
                || (!and && !ListClosesWithAnd(v, reading.First, reading.End)))
            {
                return;
            }

            t.Claim(q);
            reading = reading with
            {
                First = t[q].Start,
                Count = (int)Math.Min((long)reading.Count + t[q].Count, NumberWords.MaxValue),
                Vague = reading.Vague || t[q].Vague,
                Rule = "coordinated",
            };
        }
    }

    // A comma joins counts only inside a list already closed by "and" ("3 soldiers, 2 policemen and a civilian").
    private static bool ListClosesWithAnd(in TokenView v, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (v.Has(k, WordTags.Conj))
            {
                return true;
            }
        }

        return false;
    }
}
