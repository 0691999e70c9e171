using System.Collections.Immutable;

namespace Sitrep.Text.Syntax;

/// <summary>
/// A node of a Penn Treebank constituency tree. A leaf (pre-terminal) has a part-of-speech <see cref="Label"/> and a
/// <see cref="Word"/>; an inner node has a phrase label (<c>NP</c>, <c>VP</c>, <c>PP</c>, <c>NP-TMP</c>) and children.
/// </summary>
/// <param name="Label">Phrase or part-of-speech label as written.</param>
/// <param name="Word">The word of a pre-terminal; null for phrases.</param>
/// <param name="WordIndex">Zero-based index of the word in the sentence (pre-terminals), else -1.</param>
/// <param name="Children">Child nodes, in order.</param>
public sealed record ParseNode(string Label, string? Word, int WordIndex, ImmutableArray<ParseNode> Children)
{
    /// <summary>True for a pre-terminal (part of speech over one word).</summary>
    public bool IsLeaf => Word is not null;

    /// <summary>The label without function tags: <c>NP-TMP</c> → <c>NP</c>.</summary>
    public string Category => Label.Length > 1 && Label.IndexOf('-', 1) is var dash and > 0 ? Label[..dash] : Label;

    /// <summary>The pre-terminals below this node, left to right.</summary>
    public IEnumerable<ParseNode> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    /// <summary>The words below this node joined by spaces.</summary>
    public string Text => string.Join(' ', Leaves().Select(l => l.Word));
}
