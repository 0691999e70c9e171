using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>One surface form of a dictionary verb: its words (upper case), which of them is the inflected verb, and its block.</summary>
/// <param name="Words">The words; a single word for most verbs, several for <c>CORDONED_OFF</c> or <c>WIRE_TAPPED</c>.</param>
/// <param name="VerbWordIndex">Index of the inflected verb word in <see cref="Words"/>.</param>
/// <param name="Block">The block whose patterns apply.</param>
/// <param name="Code">The default code: the verb line's own code, else the block's; null when the block is <c>[---]</c>.</param>
internal sealed record VerbForm(ImmutableArray<string> Words, int VerbWordIndex, VerbBlock Block, string? Code);
