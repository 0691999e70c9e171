namespace Sitrep.Core.Model;

/// <summary>
/// Part of speech and dependency attachment of one token (issue 3 point 5), aligned with <see cref="Document.Tokens"/>.
/// </summary>
/// <param name="UPos">Universal part-of-speech tag (<c>NOUN</c>, <c>VERB</c>, <c>PROPN</c>).</param>
/// <param name="XPos">Penn Treebank tag (<c>NN</c>, <c>VBD</c>, <c>NNP</c>).</param>
/// <param name="Head">Index in <see cref="Document.Tokens"/> of the head token, inside the same sentence; -1 for the sentence's root.</param>
/// <param name="Relation">Universal Dependencies relation to the head, with subtype (<c>nsubj</c>, <c>nmod:poss</c>, <c>root</c>).</param>
public readonly record struct TokenSyntax(string UPos, string XPos, int Head, string Relation)
{
    /// <summary>True for the root of its sentence.</summary>
    public bool IsRoot => Head < 0;
}
