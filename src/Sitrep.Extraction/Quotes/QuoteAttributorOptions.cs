namespace Sitrep.Extraction.Quotes;

/// <summary>Limits of the quote attributor (STYLE §2: hostile text is normal, every search is bounded).</summary>
public sealed record QuoteAttributorOptions
{
    /// <summary>Default for <see cref="MaxSpeakerWords"/>.</summary>
    public const int DefaultMaxSpeakerWords = 10;

    /// <summary>Default for <see cref="MaxSpeakerChars"/>.</summary>
    public const int DefaultMaxSpeakerChars = 240;

    /// <summary>Default for <see cref="MaxCueDistance"/>.</summary>
    public const int DefaultMaxCueDistance = 12;

    /// <summary>Default for <see cref="MaxQuotesPerDocument"/>.</summary>
    public const int DefaultMaxQuotesPerDocument = 5_000;

    /// <summary>Default for <see cref="MinUnattributedWords"/>.</summary>
    public const int DefaultMinUnattributedWords = 6;

    /// <summary>Longest speaker phrase, in words, before its apposition.</summary>
    public int MaxSpeakerWords { get; init; } = DefaultMaxSpeakerWords;

    /// <summary>How far, in UTF-16 code units, a speaker phrase and its apposition may reach from the reporting verb.</summary>
    public int MaxSpeakerChars { get; init; } = DefaultMaxSpeakerChars;

    /// <summary>How many words may separate a quotation mark from its reporting verb.</summary>
    public int MaxCueDistance { get; init; } = DefaultMaxCueDistance;

    /// <summary>Quotation-mark pairs examined per document; the rest are reported, not searched.</summary>
    public int MaxQuotesPerDocument { get; init; } = DefaultMaxQuotesPerDocument;

    /// <summary>An unattributed direct quote this long or longer gets an <c>UnattributedQuote</c> diagnostic; shorter ones are scare quotes.</summary>
    public int MinUnattributedWords { get; init; } = DefaultMinUnattributedWords;

    /// <summary>The defaults.</summary>
    public static QuoteAttributorOptions Default { get; } = new();
}
