namespace Sitrep.Core.Model;

/// <summary>
/// A CAMEO event code: two to four digits whose first two are the root category 01–20 (<c>19</c>, <c>190</c>,
/// <c>0232</c>, <c>1041</c>). Leading zeros are part of the code (<c>042</c> is not <c>42</c>). Parsed and validated
/// once at the boundary (STYLE A9); whether a code is in the codebook is the codebook's business, not this type's.
/// </summary>
public readonly record struct EventCode
{
    /// <summary>Shortest code: the two-digit root.</summary>
    public const int MinLength = 2;

    /// <summary>Longest code: a four-digit (third-level) code.</summary>
    public const int MaxLength = 4;

    /// <summary>Highest root category (20, use unconventional mass violence).</summary>
    public const int MaxRoot = 20;

    private EventCode(string value) => Value = value;

    /// <summary>The code text: two to four ASCII digits.</summary>
    public string Value { get; }

    /// <summary>The root category as a number, 1–20 (0 for the default value).</summary>
    public int RootNumber => Value is null ? 0 : ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The two-digit root code (<c>19</c> for <c>193</c>); the code itself when it is a root.</summary>
    public EventCode Root => Value is null || Value.Length == MinLength ? this : new EventCode(Value[..MinLength]);

    /// <summary>Depth of the code: 1 for a root (<c>19</c>), 2 for <c>190</c>, 3 for <c>1951</c>; 0 for the default value.</summary>
    public int Level => Value is null ? 0 : Value.Length - 1;

    /// <summary>True for a two-digit root code.</summary>
    public bool IsRoot => Value is not null && Value.Length == MinLength;

    /// <summary>The code one level up (<c>195</c> for <c>1951</c>, <c>19</c> for <c>195</c>); null for a root.</summary>
    public EventCode? Parent => Value is null || Value.Length == MinLength ? null : new EventCode(Value[..^1]);

    /// <summary>GDELT's quad class of the root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.</summary>
    public QuadClass QuadClass => RootNumber switch
    {
        >= 1 and <= 5 => QuadClass.VerbalCooperation,
        >= 6 and <= 8 => QuadClass.MaterialCooperation,
        >= 9 and <= 13 => QuadClass.VerbalConflict,
        >= 14 and <= MaxRoot => QuadClass.MaterialConflict,
        _ => QuadClass.None,
    };

    /// <summary>Parses a code; surrounding white space is ignored.</summary>
    /// <exception cref="FormatException">When the text is not a code; the message names it and the expected form.</exception>
    public static EventCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text.ToString()}' is not a CAMEO event code: expected 2 to 4 digits starting with a root 01-20 (19, 190, 0232, 1041).");

    /// <summary>Parses a code; a one-line wrapper over the span overload.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">When the text is not a code.</exception>
    public static EventCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a code without throwing; surrounding white space is ignored.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out EventCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var root = ((text[0] - '0') * 10) + (text[1] - '0');
        if (root is < 1 or > MaxRoot)
        {
            return false;
        }

        code = new EventCode(text.ToString());
        return true;
    }

    /// <summary>Parses a code without throwing; a one-line wrapper over the span overload.</summary>
    public static bool TryParse(string? text, out EventCode code) => TryParse(text.AsSpan(), out code);

    /// <summary>True when this code is <paramref name="other"/> or lies below it (<c>1951</c> is within <c>19</c> and <c>195</c>).</summary>
    public bool IsWithin(EventCode other) => Value is not null && other.Value is not null && Value.StartsWith(other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
