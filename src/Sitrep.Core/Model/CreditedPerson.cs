namespace Sitrep.Core.Model;

/// <summary>A person named in a credits line.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Span">Where the name lies in the raw text.</param>
/// <param name="Location">Where they reported from (<c>in Ankara</c>), if given.</param>
public sealed record CreditedPerson(string Name, TextSpan Span, string? Location)
{
    /// <summary>True for <c>Additional reporting by</c> (wire style: the main reporter is in the byline, not here).</summary>
    public bool Additional { get; init; }
}
