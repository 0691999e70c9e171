using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>A speaker as written next to a reporting verb, before resolution to an entity.</summary>
/// <param name="Span">The name (<c>Fathi Bashagha</c>), pronoun, or whole source phrase (<c>A source at the … Army</c>).</param>
/// <param name="Name">The text of <paramref name="Span"/>.</param>
/// <param name="Role">Role given beside the name: title words before it or an appositive after it.</param>
/// <param name="Kind">What the phrase names.</param>
/// <param name="Medium">
/// The document noun when the phrase names a text rather than its author (<c>statement</c> in <c>An IAAF statement</c>,
/// whose phrase is then <c>IAAF</c>); null for a speaker as such.
/// </param>
internal sealed record SpeakerPhrase(TextSpan Span, string Name, string? Role, SpeakerPhraseKind Kind, string? Medium = null);
