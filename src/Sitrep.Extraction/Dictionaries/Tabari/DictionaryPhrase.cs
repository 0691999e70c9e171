using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// A dictionary phrase: upper-case words (joined by <c>_</c> or spaces in the file). The last word matches as a stem
/// (<c>ARGENTIN</c> matches <c>ARGENTINA</c>) unless the phrase ends in <c>_</c>, which asks for the exact word.
/// </summary>
/// <param name="Words">The words, upper case.</param>
/// <param name="ExactLast">True when the phrase ended in <c>_</c>.</param>
public sealed record DictionaryPhrase(ImmutableArray<string> Words, bool ExactLast)
{
    /// <summary>Parses <c>AL-QAEDA</c>, <c>HAMAS_MILITARY_COMMAND</c>, <c>PRESIDENT HOSNI MURBARAK</c>, <c>ARNOR_</c>.</summary>
    /// <returns>Null when the text holds no word.</returns>
    public static DictionaryPhrase? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var exact = t.EndsWith('_');
        var words = t.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? null : new DictionaryPhrase([.. words.Select(w => w.ToUpperInvariant())], exact);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('_', Words) + (ExactLast ? "_" : string.Empty);
}
