namespace Sitrep.Extraction.Evaluation;

/// <summary>Parses and applies a <see cref="TextCase"/>.</summary>
public static class TextCases
{
    /// <summary>The option values, in <see cref="TextCase"/> order: <c>asis lower upper</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["asis", "lower", "upper"];

    /// <summary>Parses <c>asis</c>, <c>lower</c> or <c>upper</c> (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? value, out TextCase textCase)
    {
        textCase = TextCase.AsIs;
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(value, Names[i], StringComparison.OrdinalIgnoreCase))
            {
                textCase = (TextCase)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text in the given case. .NET's invariant case mapping is one UTF-16 unit for one (simple case mapping), so
    /// every offset into <paramref name="text"/> indexes the result too; this is checked, not assumed.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the mapping changed the text's length, so gold offsets would no longer hold (never seen; a guard).</exception>
    public static string Apply(string text, TextCase textCase)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = textCase switch
        {
            TextCase.Lower => text.ToLowerInvariant(),
            TextCase.Upper => text.ToUpperInvariant(),
            _ => text,
        };
        if (result.Length != text.Length)
        {
            throw new InvalidOperationException($"Changing the text to {Names[(int)textCase]} case changed its length ({text.Length} to {result.Length}); its gold offsets would not hold.");
        }

        return result;
    }
}
