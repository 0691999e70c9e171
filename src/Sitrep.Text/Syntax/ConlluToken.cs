namespace Sitrep.Text.Syntax;

/// <summary>A word line of a CoNLL-U sentence (Universal Dependencies).</summary>
/// <param name="Index">One-based word index (ID column).</param>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="UPos">Universal part-of-speech tag.</param>
/// <param name="XPos">Language-specific tag (Penn Treebank for English).</param>
/// <param name="Head">Index of the head word; 0 for the root.</param>
/// <param name="Relation">Dependency relation to the head (<c>nsubj</c>, <c>obj</c>, <c>nmod:poss</c>).</param>
public sealed record ConlluToken(int Index, string Form, string Lemma, string UPos, string XPos, int Head, string Relation);
