namespace Sitrep.Corpus.Evaluation;

/// <summary>How <see cref="StoryTestSetBuilder"/> draws a story test set from the news corpus.</summary>
public sealed record StoryTestSetOptions
{
    /// <summary>Default <see cref="Bases"/>.</summary>
    public const int DefaultBases = 300;

    /// <summary>Default <see cref="TemplateDocuments"/>.</summary>
    public const int DefaultTemplateDocuments = 300;

    /// <summary>Seed of every random choice: the same seed and corpus give the same set.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Articles drawn to be re-published (each with one to <see cref="MaxVariants"/> re-publications).</summary>
    public int Bases { get; init; } = DefaultBases;

    /// <summary>Most re-publications per drawn article.</summary>
    public int MaxVariants { get; init; } = 3;

    /// <summary>Most Reuters template stories (same title template, another company) taken as negatives.</summary>
    public int TemplateDocuments { get; init; } = DefaultTemplateDocuments;

    /// <summary>Least words of a drawn article (shorter texts are not re-published).</summary>
    public int MinWords { get; init; } = 50;

    /// <summary>Jaccard (5-word shingles) from which two template stories are a hard pair worth including.</summary>
    public double HardTemplateJaccard { get; init; } = 0.3;

    /// <summary>How re-publications are edited: <see cref="RepublicationStyle.Harsh"/> (the default) or as the issue lists.</summary>
    public RepublicationStyle Edits { get; init; } = RepublicationStyle.Harsh;

    /// <summary>The defaults.</summary>
    public static StoryTestSetOptions Default { get; } = new();
}
