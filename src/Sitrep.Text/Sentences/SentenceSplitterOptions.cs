namespace Sitrep.Text.Sentences;

/// <summary>Settings of <see cref="SentenceSplitter"/>.</summary>
public sealed record SentenceSplitterOptions
{
    /// <summary>Default for <see cref="MaxTokens"/>: a named limit against hostile input (STYLE §2).</summary>
    public const int DefaultMaxTokens = 400;

    /// <summary>A sentence longer than this is cut, with a <c>SentenceTooLong</c> diagnostic.</summary>
    public int MaxTokens { get; init; } = DefaultMaxTokens;
}
