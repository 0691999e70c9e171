namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// The regular plural PETRARCH generates for an agent phrase or a synset member that does not end in <c>_</c>
/// (PETRARCH2 <c>docs/source/dictionaries.rst</c>, "Synsets" and "Agent Dictionary: Plurals"): <c>-IES</c> for a
/// consonant and <c>Y</c>, <c>-ES</c> after <c>S</c>, <c>X</c>, <c>CH</c> and <c>SH</c>, else <c>-S</c>. Upper case.
/// </summary>
internal static class RegularPlural
{
    /// <summary>The plural of <paramref name="word"/> (upper case); a word holding a substitution set (<c>!PERSON!</c>) is returned unchanged, as the set lists its plurals.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.EndsWith('Y') && word.Length > 1 && !"AEIOU".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "IES"
            : word.EndsWith('S') || word.EndsWith('X') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal) ? word + "ES"
            : word.Contains('!', StringComparison.Ordinal) ? word
            : word + "S";
    }
}
