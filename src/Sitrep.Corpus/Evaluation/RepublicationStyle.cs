namespace Sitrep.Corpus.Evaluation;

/// <summary>How <see cref="StoryTestSetBuilder"/> edits a re-publication (beside the plain wire copies, 1 in 5).</summary>
public enum RepublicationStyle
{
    /// <summary>
    /// One to three edits combined (new headline, a paragraph dropped, a paragraph added, one to three words changed, a
    /// day later); the added paragraph may be a whole article when the donor has no paragraph breaks.
    /// </summary>
    Harsh,

    /// <summary>
    /// Exactly one edit of issue 10 point 1's list: a new headline, a paragraph dropped, a paragraph added (a paragraph of
    /// a donor that has paragraphs), one to three words changed, or the date a day later.
    /// </summary>
    Issue,
}
