namespace Sitrep.Core.Model;

/// <summary>
/// A CAMEO-style actor code: a sequence of three-character upper-case segments (<c>LBY</c>, <c>LBYGOV</c>,
/// <c>IGOUNO</c>), or <see cref="Null"/> (<c>---</c>), which dictionaries use to say "recognised, but not an actor".
/// Parsed and validated once at the boundary (STYLE A9).
/// </summary>
public readonly record struct ActorCode
{
    private ActorCode(string value) => Value = value;

    /// <summary>The null actor <c>---</c>.</summary>
    public static ActorCode Null { get; } = new("---");

    /// <summary>The code text, upper case.</summary>
    public string Value { get; }

    /// <summary>True for <see cref="Null"/>.</summary>
    public bool IsNull => Value == "---";

    /// <summary>Parses a code; letters are upper-cased.</summary>
    /// <exception cref="FormatException">When the text is not a code; the message names it.</exception>
    public static ActorCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text.ToString()}' is not an actor code: expected letters or digits in groups of three (LBYGOV) or ---.");

    /// <summary>Parses a code without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ActorCode code)
    {
        code = default;
        text = text.Trim();
        if (text.SequenceEqual("---"))
        {
            code = Null;
            return true;
        }

        if (text.Length == 0 || text.Length > 30)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        code = new ActorCode(text.ToString().ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
