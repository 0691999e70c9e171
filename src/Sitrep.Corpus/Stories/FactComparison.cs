namespace Sitrep.Corpus.Stories;

/// <summary>
/// How two texts agree on their facts (<see cref="TemplateRule.Compare"/>): over the slots where both texts hold a fact
/// of the same kind in the same wording context, how many hold the same word and how many another.
/// </summary>
/// <param name="NumberAgreements">Aligned figure slots with the same figure.</param>
/// <param name="NumberConflicts">Aligned figure slots with another figure.</param>
/// <param name="NameAgreements">Aligned name slots with the same name.</param>
/// <param name="NameConflicts">Aligned name slots with another name.</param>
public readonly record struct FactComparison(int NumberAgreements, int NumberConflicts, int NameAgreements, int NameConflicts)
{
    /// <summary>
    /// Aligned dateline days more than a day apart (counted in <see cref="NumberConflicts"/> too): the same note on another
    /// day, such as the Fed's daily operation in the same words on March 2 and March 23.
    /// </summary>
    public int DatelineConflicts { get; init; }

    /// <summary>Share of aligned figure slots that disagree; 0 when none is aligned.</summary>
    public double NumberConflictShare => Share(NumberConflicts, NumberAgreements);

    /// <summary>Share of aligned name slots that disagree; 0 when none is aligned.</summary>
    public double NameConflictShare => Share(NameConflicts, NameAgreements);

    /// <summary>
    /// True when the texts state other facts: figures or names disagree on more than <paramref name="maxShare"/> of
    /// their aligned slots (and at least one slot disagrees).
    /// </summary>
    /// <param name="maxShare">The largest tolerated share, 0..1.</param>
    public bool Disagrees(double maxShare) =>
        (NumberConflicts > 0 && NumberConflictShare > maxShare) || (NameConflicts > 0 && NameConflictShare > maxShare);

    /// <summary>
    /// True when the texts state other facts, with room for an update: their dateline days are more than a day apart;
    /// or names disagree on more than <paramref name="maxShare"/> of their aligned slots; or figures do, and the
    /// conflicting figures are more than one per <paramref name="shinglesPerUpdatedFigure"/> shingles the texts share. A
    /// note in the same words with another figure (a template story) shares a few dozen shingles; an article updated with
    /// a new toll shares hundreds around it. Names stay strict: another company or person is another story.
    /// </summary>
    /// <param name="maxShare">The largest tolerated share, 0..1.</param>
    /// <param name="sharedShingles">Shingles the two texts have in common (<see cref="MinHash.Common"/>).</param>
    /// <param name="shinglesPerUpdatedFigure">Shared shingles that allow one updated figure, 1 or more.</param>
    public bool Disagrees(double maxShare, int sharedShingles, int shinglesPerUpdatedFigure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shinglesPerUpdatedFigure, 1);
        return DatelineConflicts > 0
            || (NameConflicts > 0 && NameConflictShare > maxShare)
            || (NumberConflicts > 0 && NumberConflictShare > maxShare && (long)NumberConflicts * shinglesPerUpdatedFigure > sharedShingles);
    }

    private static double Share(int conflicts, int agreements) => conflicts == 0 ? 0 : (double)conflicts / (conflicts + agreements);
}
