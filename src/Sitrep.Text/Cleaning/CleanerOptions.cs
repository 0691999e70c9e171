using System.Collections.Frozen;

namespace Sitrep.Text.Cleaning;

/// <summary>Settings of <see cref="PlainTextCleaner"/>.</summary>
public sealed record CleanerOptions
{
    /// <summary>Feed boilerplate that fills a whole line, compared case-insensitively after trimming.</summary>
    public static readonly FrozenSet<string> DefaultNoiseLines = FrozenSet.ToFrozenSet(
    [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "skip advertisement", "advertisement - scroll to continue",
        "scroll to continue with content", "continue reading", "continue reading the main story", "read more",
        "share this article", "related coverage", "related topics", "more on this story", "skip to main content",
        "click here", "subscribe", "sign up", "image", "photo", "video", "play video",
        "reuter", // Reuters-21578 sign-off line
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest line, in characters, still taken as a heading.</summary>
    public const int DefaultMaxHeadingLength = 80;

    /// <summary>Longest line, in characters, still taken as a photo caption or credit (issue 9 point 10).</summary>
    public const int DefaultMaxPhotoLineLength = 300;

    /// <summary>The noise lines to recognise.</summary>
    public FrozenSet<string> NoiseLines { get; init; } = DefaultNoiseLines;

    /// <summary>Longest line still taken as an all-caps heading.</summary>
    public int MaxHeadingLength { get; init; } = DefaultMaxHeadingLength;

    /// <summary>Longest line still taken as a photo caption or credit.</summary>
    public int MaxPhotoLineLength { get; init; } = DefaultMaxPhotoLineLength;
}
