using System.Collections.Immutable;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>A constituent of a <see cref="CodingSentence"/>, with its word span and its parent (the coder walks up and down).</summary>
internal sealed class TreeNode
{
    public TreeNode(string category, int start, int end, TreeNode? parent)
    {
        Category = category;
        Start = start;
        End = end;
        Parent = parent;
    }

    /// <summary>The label without function tags (<c>NP</c> for <c>NP-TMP</c>); the part of speech for a word.</summary>
    public string Category { get; }

    /// <summary>First word index.</summary>
    public int Start { get; }

    /// <summary>Word index after the last word.</summary>
    public int End { get; set; }

    /// <summary>The parent; null for the root.</summary>
    public TreeNode? Parent { get; }

    /// <summary>Children in order; empty for a word.</summary>
    public ImmutableArray<TreeNode> Children { get; set; } = [];

    /// <summary>True for a pre-terminal (one word).</summary>
    public bool IsWord => Children.IsEmpty;

    /// <summary>True for a clause label (<c>S</c>, <c>SINV</c>, <c>SQ</c>, <c>SBAR</c>, <c>SBARQ</c>).</summary>
    public bool IsClause => Category is "S" or "SINV" or "SQ" or "SBAR" or "SBARQ";

    /// <summary>True for a noun phrase (<c>NP</c>, <c>NX</c>, <c>NML</c>).</summary>
    public bool IsNounPhrase => Category is "NP" or "NX" or "NML";

    /// <inheritdoc />
    public override string ToString() => $"{Category}[{Start},{End})";
}
