namespace Sitrep.Core.Model;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code-unit indices into a document's raw text
/// (<see cref="Document.Text"/>). This is the only offset convention in Sitrep (STYLE A2): <see cref="End"/> is exclusive.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">First index, inclusive; zero or more.</param>
    /// <param name="end">Index after the last character; at least <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First index, inclusive.</summary>
    public int Start { get; }

    /// <summary>Index after the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Creates a span from a start index and a length.</summary>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="index"/> is inside <c>[Start, End)</c>.</summary>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when the two spans share at least one character (an empty span overlaps nothing).</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End && !IsEmpty && !other.IsEmpty;

    /// <summary>The smallest span covering both spans.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span reaches past the end of <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(End, text.Length);
        return text[Start..End];
    }

    /// <summary>The characters of <paramref name="text"/> this span covers, as a string.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Slice(text.AsSpan()).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
