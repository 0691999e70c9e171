namespace Sitrep.Extraction.Events.Coding;

/// <summary>One word of a dependency-parsed sentence, as <see cref="DependencyToConstituency"/> reads it.</summary>
/// <param name="Word">The word as written.</param>
/// <param name="Tag">Penn Treebank part of speech (<c>NNP</c>, <c>VBD</c>, <c>POS</c>).</param>
/// <param name="Head">Index of the head word in the same sentence; -1 for the root.</param>
/// <param name="Relation">Universal Dependencies relation with subtype (<c>nsubj</c>, <c>nmod:poss</c>).</param>
internal readonly record struct DependencyWord(string Word, string Tag, int Head, string Relation)
{
    /// <summary>The relation without its subtype (<c>nmod</c> for <c>nmod:poss</c>).</summary>
    public string BaseRelation => Relation.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? Relation[..colon] : Relation;
}
