namespace Sitrep.Corpus.Stories;

/// <summary>
/// How re-publications of one text are found (issue 10 point 1): MinHash signatures over word shingles, LSH banding to
/// find candidates, exact Jaccard to verify them, and the template rule to keep apart texts that differ in their facts.
/// </summary>
/// <remarks>
/// With <see cref="Bands"/> b and <see cref="Rows"/> r, a pair at Jaccard J shares at least one band key with probability
/// P(J) = 1 − (1 − J^r)^b (the LSH S-curve). For the defaults (b = 50, r = 2, 100 hashes): P(0.1) = 0.39,
/// P(0.2) = 0.87, P(0.3) = 0.991, P(0.4) = 0.9998, P(0.5) ≈ 1. The curve's steep part lies below <see cref="MinJaccard"/>, so a pair the
/// verification would accept is almost never missed; pairs below it that happen to collide are verified and rejected.
/// </remarks>
public sealed record StoryOptions
{
    /// <summary>Default <see cref="Bands"/>.</summary>
    public const int DefaultBands = 50;

    /// <summary>Default <see cref="Rows"/>.</summary>
    public const int DefaultRows = 2;

    /// <summary>Default <see cref="MinJaccard"/>.</summary>
    public const double DefaultMinJaccard = 0.3;

    /// <summary>Default <see cref="MaxConflictShare"/>.</summary>
    public const double DefaultMaxConflictShare = 0.1;

    /// <summary>Default <see cref="ShinglesPerUpdatedFigure"/>.</summary>
    public const int DefaultShinglesPerUpdatedFigure = 100;

    /// <summary>Default <see cref="MaxCandidatesPerBand"/>.</summary>
    public const int DefaultMaxCandidatesPerBand = 256;

    /// <summary>Default window of the band keys kept in memory, in documents (about 280 MB at 50 bands).</summary>
    public const int DefaultMaxIndexedDocuments = 500_000;

    /// <summary>LSH bands: each band hashes <see cref="Rows"/> minimum hashes into one key.</summary>
    public int Bands { get; init; } = DefaultBands;

    /// <summary>Minimum hashes per band.</summary>
    public int Rows { get; init; } = DefaultRows;

    /// <summary>Words per shingle (<see cref="WordShingles"/>).</summary>
    public int ShingleSize { get; init; } = WordShingles.DefaultSize;

    /// <summary>Least Jaccard similarity of the two shingle sets for two texts to be copies of one story.</summary>
    public double MinJaccard { get; init; } = DefaultMinJaccard;

    /// <summary>
    /// Largest share of aligned fact slots (numbers, or names) on which two texts may disagree and still be one story
    /// (<see cref="TemplateRule"/>); above it they are template stories (the same wording about other facts).
    /// </summary>
    public double MaxConflictShare { get; init; } = DefaultMaxConflictShare;

    /// <summary>
    /// Shared shingles that allow one updated figure (<see cref="FactComparison.Disagrees(double, int, int)"/>): an article
    /// of several paragraphs re-published with a new toll is an update; a brief in the same words with another figure is
    /// another day's note. 100 lies well above the most a template pair of the generated test sets shares per
    /// conflicting figure (41: the Fed's customer repurchases on March 30 and 31, two billion against 1.5 billion).
    /// </summary>
    public int ShinglesPerUpdatedFigure { get; init; } = DefaultShinglesPerUpdatedFigure;

    /// <summary>
    /// Most documents read from one band bucket when looking for candidates, so a bucket that many texts share (a
    /// boilerplate paragraph) costs the same however large the store grows.
    /// </summary>
    public int MaxCandidatesPerBand { get; init; } = DefaultMaxCandidatesPerBand;

    /// <summary>
    /// How many of the most recently stored documents are candidates by band key (their keys are kept in memory,
    /// about 530 bytes a document at 50 bands): memory stays bounded however large the store grows, and a text
    /// re-published more than this many documents after its first copy starts a new story (exact copies, found by
    /// content hash, are joined whatever their age).
    /// </summary>
    public int MaxIndexedDocuments { get; init; } = DefaultMaxIndexedDocuments;

    /// <summary>Number of minimum hashes in a signature: <see cref="Bands"/> × <see cref="Rows"/>.</summary>
    public int SignatureLength => Bands * Rows;

    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>Checks the values; returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a count is below 1 or a share is outside 0..1.</exception>
    public StoryOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Bands, 1, nameof(Bands));
        ArgumentOutOfRangeException.ThrowIfLessThan(Rows, 1, nameof(Rows));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShingleSize, 1, nameof(ShingleSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidatesPerBand, 1, nameof(MaxCandidatesPerBand));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIndexedDocuments, 1, nameof(MaxIndexedDocuments));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShinglesPerUpdatedFigure, 1, nameof(ShinglesPerUpdatedFigure));
        if (MinJaccard is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinJaccard), MinJaccard, "MinJaccard is a share, 0..1.");
        }

        if (MaxConflictShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConflictShare), MaxConflictShare, "MaxConflictShare is a share, 0..1.");
        }

        return this;
    }

    /// <summary>The LSH S-curve: the probability that a pair at Jaccard <paramref name="jaccard"/> becomes a candidate.</summary>
    /// <param name="jaccard">Jaccard similarity, 0..1.</param>
    /// <returns>1 − (1 − J^rows)^bands.</returns>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);
}
