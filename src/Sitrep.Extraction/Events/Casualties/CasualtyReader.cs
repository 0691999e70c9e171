using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Reads how many people a text says were killed and injured (issue 8 point 3), as ACLED records fatalities: the figure
/// stated ("killing 6 civilians" → 6, "at least 12 dead" → 12, "6 soldiers and 3 civilians were killed" → 9, "10 to 15"
/// → 10), one for a single person ("a policeman was killed"), zero for "no one was killed" or "no casualties", and vague
/// quantities ("dozens" → 12, "several" → 10) by the conventions of <c>docs/fatalities.md</c>, flagged
/// <see cref="CasualtyCount.Vague"/>. Numbers that count no one ("12 dead trees", ages, dates, money, percentages, years)
/// and deaths that did not happen ("could kill thousands", "threatened to kill 10", "were not killed") are not read.
/// </summary>
/// <remarks>
/// A pure function (STYLE A5) over a hand-written scanner: no regular expression. Letter case does not matter, so
/// lower-case corpora and all-caps headlines read alike. Only the first <see cref="MaxScopeLength"/> characters and
/// <see cref="MaxTokens"/> tokens of a scope are read, and at most <see cref="MaxStatements"/> statements are returned.
/// A scope with no casualty word costs one vectorised search and allocates nothing.
/// </remarks>
public static class CasualtyReader
{
    /// <summary>Characters of one scope that are read; a sentence is far shorter.</summary>
    public const int MaxScopeLength = 10_000;

    /// <summary>Tokens of one scope that are read.</summary>
    public const int MaxTokens = 2_048;

    /// <summary>Most statements returned for one scope.</summary>
    public const int MaxStatements = 64;

    // Stems of every casualty word of CasualtyLexicon: a scope holding none of them has no statement.
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["kill", "dead", "die", "death", "wound", "injur", "hurt", "bod", "corpse", "lives", "life", "fatal", "casualt", "slain",
         "slew", "murder", "massacr", "toll", "lynch", "execut", "behead", "slaughter", "butcher", "assassin", "perish",
         "alive", "maim", "gunned", "mowed", "succumb"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the casualty statements of the whole <paramref name="text"/>.</summary>
    /// <inheritdoc cref="Read(ReadOnlySpan{char}, TextSpan)"/>
    public static ImmutableArray<CasualtyStatement> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text.AsSpan(), new TextSpan(0, text.Length));
    }

    /// <summary>Reads the casualty statements inside <paramref name="span"/> of <paramref name="text"/>.</summary>
    /// <inheritdoc cref="Read(ReadOnlySpan{char}, TextSpan)"/>
    public static ImmutableArray<CasualtyStatement> Read(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text.AsSpan(), span);
    }

    /// <summary>Reads the casualty statements of one sentence of a document.</summary>
    /// <inheritdoc cref="Read(ReadOnlySpan{char}, TextSpan)"/>
    public static ImmutableArray<CasualtyStatement> Read(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document.Text.AsSpan(), sentence.Span);
    }

    /// <summary>Reads the casualty statements inside <paramref name="span"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text (for a document, <see cref="Document.Text"/>).</param>
    /// <param name="span">The sentence or clause to read; UTF-16 indices into <paramref name="text"/>, half-open.</param>
    /// <returns>The statements in text order (killed and injured mixed), with spans into <paramref name="text"/> that lie inside <paramref name="span"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="span"/> reaches past the end of <paramref name="text"/>.</exception>
    public static ImmutableArray<CasualtyStatement> Read(ReadOnlySpan<char> text, TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));
        var end = Math.Min(span.End, span.Start + MaxScopeLength);
        if (text[span.Start..end].IndexOfAny(Stems) < 0)
        {
            return [];
        }

        var size = Math.Min(end - span.Start, MaxTokens);
        var tokens = ArrayPool<CasualtyToken>.Shared.Rent(size);
        var phrases = ArrayPool<CountPhrase>.Shared.Rent(size);
        var index = ArrayPool<int>.Shared.Rent((2 * size) + 2);
        var claimed = ArrayPool<bool>.Shared.Rent(size);
        try
        {
            var n = CasualtyTokenizer.Tokenize(text, span.Start, end, tokens.AsSpan(0, size));
            var view = new TokenView(text, tokens.AsSpan(0, n));
            var table = new PhraseTable(view, phrases, index, claimed);
            return CasualtyScan.Run(table, MaxStatements);
        }
        finally
        {
            ArrayPool<CasualtyToken>.Shared.Return(tokens);
            ArrayPool<CountPhrase>.Shared.Return(phrases, clearArray: true);
            ArrayPool<int>.Shared.Return(index);
            ArrayPool<bool>.Shared.Return(claimed);
        }
    }
}
