using System.Collections.Immutable;

namespace Sitrep.Corpus.Evaluation;

/// <summary>A story test set: documents with their gold stories, in the (shuffled) order they are to be ingested.</summary>
/// <param name="Items">The documents.</param>
/// <param name="ExcludedBases">Drawn articles left out because the corpus holds a near copy of them in the set (an unlabelled re-send).</param>
public sealed record StoryTestSet(ImmutableArray<StoryTestItem> Items, int ExcludedBases)
{
    /// <summary>Number of documents per <see cref="StoryTestItem.Kind"/> family (base, re-publication, template, duplicate).</summary>
    public IReadOnlyDictionary<string, int> Counts =>
        Items.GroupBy(i => i.Kind switch { "base" or "template" or "duplicate" => i.Kind, _ => "re-publication" }, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
