namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Counts for quantities that give no figure, by the conventions of <c>docs/fatalities.md</c> (issue 8 point 3). ACLED
/// codes the most conservative estimate: "tens" 10, "dozens" 12, "hundreds" 100 "and so on" (thousands 1,000); "several",
/// "many", a plural with no number 10. Where ACLED states no value ("a few", "a couple") the table takes the smallest
/// number the words commonly cover, in ACLED's conservative spirit. Every count read here is flagged vague.
/// </summary>
internal static class VagueQuantities
{
    /// <summary>ACLED's count for "several", "many" or a plural noun with no number.</summary>
    public const int Plural = 10;

    /// <summary>Rule name for a plural noun with no number ("killing civilians").</summary>
    public const string PluralRule = "vague:plural=10";

    // Longest sequences first; the words of one entry are separated by spaces.
    private static readonly (string[] Words, int Value, string Rule)[] Table =
    [
        (["tens", "of", "thousands"], 10_000, "vague:tens-of-thousands=10000"),
        (["hundreds", "of", "thousands"], 100_000, "vague:hundreds-of-thousands=100000"),
        (["a", "handful", "of"], 3, "vague:a-handful=3"),
        (["a", "couple", "of"], 2, "vague:a-couple=2"),
        (["a", "pair", "of"], 2, "vague:a-pair=2"),
        (["a", "lot", "of"], Plural, "vague:a-lot=10"),
        (["a", "host", "of"], Plural, "vague:a-host=10"),
        (["lots", "of"], Plural, "vague:lots=10"),
        (["a", "couple"], 2, "vague:a-couple=2"),
        (["a", "few"], 3, "vague:a-few=3"),
        (["thousands"], 1000, "vague:thousands=1000"),
        (["hundreds"], 100, "vague:hundreds=100"),
        (["scores"], 20, "vague:scores=20"),
        (["dozens"], 12, "vague:dozens=12"),
        (["tens"], 10, "vague:tens=10"),
        (["several"], Plural, "vague:several=10"),
        (["many"], Plural, "vague:many=10"),
        (["numerous"], Plural, "vague:numerous=10"),
        (["multiple"], Plural, "vague:multiple=10"),
        (["countless"], Plural, "vague:countless=10"),
        (["some"], Plural, "vague:some=10"),
    ];

    /// <summary>Reads a vague quantity at token <paramref name="i"/>.</summary>
    /// <param name="view">The tokens.</param>
    /// <param name="i">First token.</param>
    /// <param name="value">Its conventional count.</param>
    /// <param name="end">Index after its last token.</param>
    /// <param name="rule">The convention's name, e.g. <c>vague:dozens=12</c>.</param>
    /// <returns>False when none starts there.</returns>
    public static bool TryRead(in TokenView view, int i, out int value, out int end, out string rule)
    {
        foreach (var (words, v, r) in Table)
        {
            if (Matches(view, i, words))
            {
                (value, end, rule) = (v, i + words.Length, r);
                return true;
            }
        }

        // "a number of", "a large number of", "an unspecified number of": a plural with no figure.
        if (view.Is(i, "a") || view.Is(i, "an"))
        {
            for (var j = i + 1; j <= i + 3; j++)
            {
                if (view.Is(j, "number") && view.Is(j + 1, "of"))
                {
                    (value, end, rule) = (Plural, j + 2, "vague:a-number-of=10");
                    return true;
                }

                if (!view.IsWord(j) || view.Has(j, WordTags.Stop))
                {
                    break;
                }
            }
        }

        (value, end, rule) = (0, i, "");
        return false;
    }

    private static bool Matches(in TokenView view, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!view.Is(i + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
