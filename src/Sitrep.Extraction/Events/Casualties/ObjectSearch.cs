namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Finds the count after a casualty word: its object ("killing 6 civilians"), the complement of "of" ("the
/// deaths of 3 soldiers") or the figure of a death toll ("rose to 25").</summary>
internal static class ObjectSearch
{
    /// <summary>Tokens after "toll" searched for its figure.</summary>
    public const int TollReach = 15;

    /// <summary>Most conjuncts added to one count ("3 soldiers, 2 policemen and a civilian").</summary>
    public const int MaxConjuncts = 8;

    /// <summary>Reads the count phrase starting at token <paramref name="k"/> and the phrases coordinated with it.</summary>
    /// <param name="t">The phrases.</param>
    /// <param name="k">Token right after the casualty word (or after its "of").</param>
    /// <param name="allowPlural">Whether a plural with no number counts here ("killing civilians").</param>
    /// <param name="reading">The count.</param>
    public static bool TryObject(in PhraseTable t, int k, bool allowPlural, out Reading reading)
    {
        reading = default;
        var v = t.View;

        // "killing the four special forces members", "killed all 12 passengers".
        var skip = v.Is(k, "all") && v.Is(k + 1, "the") ? 2 : v.Is(k, "the") || v.Is(k, "all") ? 1 : 0;
        var p = t.StartingAt(k + skip);
        if (skip > 0 && (p < 0 || t[p].Kind != PhraseKind.Number))
        {
            p = t.StartingAt(k);
        }

        if (p < 0 || t.IsClaimed(p))
        {
            return false;
        }

        var first = t[p];
        if ((first.Kind == PhraseKind.Plural && !allowPlural) || (first.Kind == PhraseKind.Pronoun && (v.Is(k, "he") || v.Is(k, "she")))
            || SubjectOfNext(v, first.End))
        {
            return false;
        }

        t.Claim(p);
        reading = Reading.Of(first);
        return Coordinate(t, ref reading);
    }

    /// <summary>The figure a death toll reaches: the first count after "toll" not introduced by "from", "in", "by"...</summary>
    public static bool TryToll(in PhraseTable t, int k, out Reading reading)
    {
        reading = default;
        var v = t.View;
        for (var j = k; j < v.Count && j < k + TollReach; j++)
        {
            // "toll ... excluding the 58 persons killed": what follows is not the toll.
            if (v.Is(j, ".") || v.Is(j, ";") || v.Is(j, "!") || v.Is(j, "?") || v.Is(j, "excluding") || v.Is(j, "including")
                || v.Is(j, "besides") || v.Is(j, "except"))
            {
                return false;
            }

            var p = t.StartingAt(j);
            if (p >= 0 && !t.IsClaimed(p) && t[p].Kind is PhraseKind.Number or PhraseKind.Vague
                && !(v.Is(j - 1, "from") || v.Is(j - 1, "in") || v.Is(j - 1, "on") || v.Is(j - 1, "since")
                     || v.Is(j - 1, "by") || v.Is(j - 1, "after") || v.Is(j - 1, "during") || v.Is(j - 1, "for")))
            {
                t.Claim(p);
                reading = Reading.Of(t[p]);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a count phrase ending at <paramref name="end"/> is the subject of a casualty word that follows
    /// ("killed two, three injured": "three" belongs to "injured").</summary>
    public static bool SubjectOfNext(in TokenView v, int end)
    {
        // "the death of four persons who were injured": a relative clause leaves the phrase the object.
        var j = end;
        if (v.Is(j, "who") || v.Is(j, "that") || v.Is(j, "which"))
        {
            return false;
        }

        while (v.Has(j, WordTags.Skip | WordTags.Negation))
        {
            j++;
        }

        return v.IsAnchor(j, AnchorForm.Participle) || v.IsAnchor(j, AnchorForm.Intransitive) || v.IsAnchor(j, AnchorForm.Predicative)
            || (NounCounts.LoseVerb(v, j) && (v.IsAnchor(j + 1, AnchorForm.Lives) || v.IsAnchor(j + 2, AnchorForm.Lives)));
    }

    /// <summary>True when a phrase of this kind may be added to a count ("and three others"; not "and civilians", "and no one").</summary>
    public static bool Addable(CountPhrase p) => p.Kind is PhraseKind.Number or PhraseKind.Vague or PhraseKind.Singular or PhraseKind.Pronoun;

    // "6 soldiers and 3 civilians", "himself and three others", "3 soldiers, 2 policemen and a civilian". A list is
    // added only when it closes with "and"; "including 2 women" is a part, not an addition, so it ends the count.
    private static bool Coordinate(in PhraseTable t, ref Reading reading)
    {
        var v = t.View;
        Span<int> used = stackalloc int[MaxConjuncts];
        while (true)
        {
            var c = reading.End;
            var n = 0;
            long add = 0;
            var vague = false;
            var closed = false;
            while (n < MaxConjuncts)
            {
                var and = v.Has(c, WordTags.Conj) || (v.Is(c, ",") && v.Has(c + 1, WordTags.Conj));
                if (!and && !v.Is(c, ","))
                {
                    break;
                }

                var s = v.Is(c, ",") && and ? c + 2 : c + 1;
                var q = t.StartingAt(s);
                if (q < 0 || t.IsClaimed(q) || !Addable(t[q]) || SubjectOfNext(v, t[q].End) || (v.Is(s, "he") || v.Is(s, "she")))
                {
                    break;
                }

                used[n++] = q;
                add += t[q].Count;
                vague |= t[q].Vague;
                c = t[q].End;
                if (and)
                {
                    closed = true;
                    break;
                }
            }

            if (!closed)
            {
                return true;
            }

            foreach (var q in used[..n])
            {
                t.Claim(q);
            }

            reading = reading with { End = c, Count = (int)Math.Min(reading.Count + add, NumberWords.MaxValue), Vague = reading.Vague || vague, Rule = "coordinated" };
        }
    }
}
