namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Regular English verb forms as TABARI generates them for a dictionary verb without <c>{…}</c> irregular forms:
/// third person <c>-S</c>/<c>-ES</c>/<c>-IES</c>, past <c>-ED</c>/<c>-D</c>/<c>-IED</c>, participle <c>-ING</c> (a final
/// silent <c>E</c> dropped). Only these endings match: <c>DEPARTX</c> or <c>DEPARTES</c> are not forms of <c>DEPART</c>.
/// </summary>
internal static class Inflection
{
    /// <summary>The base form and its regular inflections, upper case.</summary>
    public static IEnumerable<string> RegularForms(string verb)
    {
        yield return verb;
        if (verb.Length < 2)
        {
            yield break;
        }

        var last = verb[^1];
        var consonantY = last == 'Y' && !IsVowel(verb[^2]);
        yield return consonantY ? verb[..^1] + "IES"
            : last is 'S' or 'X' or 'Z' or 'O' || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal) ? verb + "ES"
            : verb + "S";
        yield return consonantY ? verb[..^1] + "IED" : last == 'E' ? verb + "D" : verb + "ED";
        yield return last == 'E' && verb[^2] != 'E' ? verb[..^1] + "ING" : verb + "ING";
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
