namespace Sitrep.Extraction.Events.Casualties;

/// <summary>The words after a number or determiner that end in the phrase's head noun.</summary>
/// <param name="End">Token after the head (the start when no word belongs to the phrase).</param>
/// <param name="Person">True when the head is a noun for people.</param>
/// <param name="Reject">True when the head counts things, not people ("3 bills", "12 trees", "5 km").</param>
internal readonly record struct NounRun(int End, bool Person, bool Reject)
{
    /// <summary>Most words between a number and the noun it counts ("219 suspected Oromo rebels").</summary>
    public const int MaxModifiers = 5;

    /// <summary>Unknown words before any person noun taken as the phrase's own modifiers.</summary>
    public const int MaxUnknownRun = 3;

    /// <summary>Reads the words from token <paramref name="k"/> up to the head noun of a count phrase.</summary>
    /// <param name="v">The tokens.</param>
    /// <param name="k">First word after the number or determiner.</param>
    /// <param name="allowDigits">Whether an age may stand among the modifiers ("a 35 year old man").</param>
    public static NounRun Read(in TokenView v, int k, bool allowDigits)
    {
        var lastPerson = -1;
        var lastNonPerson = -1;
        var j = k;
        var words = 0;
        for (; j < v.Count && words < MaxModifiers; j++, words++)
        {
            const WordTags ends = WordTags.Punct | WordTags.Stop | WordTags.Skip | WordTags.Anchor | WordTags.Conj | WordTags.Zero
                | WordTags.Modal | WordTags.Negation | WordTags.BeAux | WordTags.NumberWord;
            // An acronym in brackets stays inside the phrase: "four Facilities Protection Service (FPS) personnel".
            if (v.Is(j, "(") && v.IsWord(j + 1) && v.Is(j + 2, ")") && !v.Has(j + 1, ends))
            {
                j += 2;
                continue;
            }

            // A number inside a determiner's phrase is an age ("a 35 year old man"); elsewhere it ends the phrase.
            var person = v.Has(j, WordTags.PersonSingular | WordTags.PersonPlural);
            var age = allowDigits && (v.Is(j + 1, "year") || v.Is(j + 1, "years"));
            if (v.Has(j, ends) || (v.Has(j, WordTags.Digits) && !person && !age))
            {
                break;
            }

            if (person)
            {
                lastPerson = j;
            }
            else if (v.Has(j, WordTags.NonPerson))
            {
                lastNonPerson = j;
            }
        }

        if (j == k)
        {
            return new NounRun(k, false, false);
        }

        if (lastPerson == j - 1)
        {
            return new NounRun(j, true, false);
        }

        if (lastNonPerson > lastPerson)
        {
            return new NounRun(k, false, true);
        }

        // "5 students protesting": the person is the head; "a student demonstration": the person word only modifies.
        if (lastPerson >= 0 && (v.Word(lastPerson + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                                || v.Word(lastPerson + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return new NounRun(lastPerson + 1, true, false);
        }

        return words <= MaxUnknownRun ? new NounRun(j, false, false) : new NounRun(k, false, false);
    }
}
