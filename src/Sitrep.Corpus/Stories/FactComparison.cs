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

    private static double Share(int conflicts, int agreements) => conflicts == 0 ? 0 : (double)conflicts / (conflicts + agreements);
}
