using System.Collections.Immutable;

namespace Sitrep.Core.Model;

/// <summary>What is known about a document beside its text: given by the input or read from its zones.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Publication date, if known. Stages use it instead of the clock (STYLE A10).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article came from (URL), if known.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher or feed name, if known.</summary>
    public string? Source { get; init; }

    /// <summary>Dateline place (<c>CAIRO</c>), as written.</summary>
    public string? Dateline { get; init; }

    /// <summary>Section headings, as written.</summary>
    public ImmutableArray<string> Headings { get; init; } = [];

    /// <summary>People named in the credits line.</summary>
    public Credits Credits { get; init; } = Credits.None;
}
