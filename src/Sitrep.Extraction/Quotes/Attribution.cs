using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>A speaker and reporting word attached to a quote.</summary>
/// <param name="Speaker">Who, as written.</param>
/// <param name="Cue">The reporting word (<c>said</c>) or phrase (<c>according to</c>).</param>
/// <param name="RegionEnd">End of the text the attribution uses up after the quote; a following quote adjacent to it continues it.</param>
internal sealed record Attribution(SpeakerPhrase Speaker, TextSpan Cue, int RegionEnd);
