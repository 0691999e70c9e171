using System.Collections.Immutable;

namespace Sitrep.Text.Syntax;

/// <summary>A CoNLL-U sentence: its id and text (from the comments, if given) and its word lines.</summary>
/// <param name="Id">The <c># sent_id</c> comment, if any.</param>
/// <param name="Text">The <c># text</c> comment, if any.</param>
/// <param name="Tokens">Word lines in order (multi-word token ranges and empty nodes are skipped).</param>
public sealed record ConlluSentence(string? Id, string? Text, ImmutableArray<ConlluToken> Tokens);
