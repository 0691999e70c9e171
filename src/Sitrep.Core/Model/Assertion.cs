namespace Sitrep.Core.Model;

/// <summary>
/// Who asserts a coded event (issue 10 point 3): the reporter's own voice, a named speaker, an anonymous source or a
/// document, with the asserter's words and, when a quote holds the event, that quote.
/// </summary>
/// <param name="Kind">Reporter, speaker, anonymous source or document.</param>
/// <param name="Name">The asserter as the text names it (<c>Fathi Bashagha</c>, <c>officials</c>, <c>United Nations</c>); null for the reporter.</param>
/// <param name="Actor">The asserter's actor code when it is coded (<c>LBYGOV</c>); null otherwise.</param>
/// <param name="Span">The asserter's words in <see cref="Document.Text"/> (<c>GNA Interior Minister Fathi Bashagha</c>,
/// <c>he</c>); null for the reporter.</param>
/// <param name="Quote">The index in <see cref="Document.Quotes"/> of the quote that holds the event, or of the statement's
/// own quote; null when no quote does.</param>
/// <param name="Rule">How it was decided: <c>quote</c>, <c>statement</c>, <c>according-to</c>, <c>reporting-clause</c>,
/// <c>quoted-as</c> or <c>own-voice</c>.</param>
public sealed record Assertion(AssertionKind Kind, string? Name, ActorCode? Actor, TextSpan? Span, int? Quote, string Rule)
{
    /// <summary>The rule of an event stated in the reporter's own voice.</summary>
    public const string OwnVoiceRule = "own-voice";

    /// <summary>The reporter's own voice.</summary>
    public static Assertion Reporter { get; } = new(AssertionKind.Reporter, null, null, null, null, OwnVoiceRule);

    /// <summary>
    /// What carries the asserter's words, lower case when a document noun (<c>statement</c>, <c>report</c>), or the
    /// outlet that quotes the asserter as written (<c>Reuters</c> in "Reuters quoted the official as saying"); null
    /// when the text names none.
    /// </summary>
    public string? Medium { get; init; }
}
