using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>An event the coder found in one sentence before dating and de-duplication, with its mood.</summary>
/// <param name="Event">The event (its <see cref="DocumentEvent.Date"/> not yet set).</param>
/// <param name="Mood">Whether the text says it happened; only asserted candidates become events.</param>
public sealed record EventCandidate(DocumentEvent Event, EventMood Mood);
