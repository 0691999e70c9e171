namespace Sitrep.Extraction.Evaluation;

/// <summary>Geocoding scores on one subset of gold toponyms (literal places, or all).</summary>
/// <param name="Name">Subset name: <c>literal</c> or <c>all</c>.</param>
/// <param name="Gold">Gold toponyms in the subset.</param>
/// <param name="Recognised">Gold toponyms a predicted place overlaps.</param>
/// <param name="WithId">Recognised toponyms with a gold GeoNames id.</param>
/// <param name="ExactId">Of those, predicted with the same id.</param>
/// <param name="Within161Km">Recognised toponyms predicted within 161 km (100 miles) of the gold point.</param>
/// <param name="Resolved">Recognised toponyms predicted with coordinates.</param>
/// <param name="TotalErrorKm">Sum of distances over the resolved ones.</param>
/// <param name="ResolvedWithId">Resolved toponyms with a gold GeoNames id.</param>
public sealed record GeoSubsetScore(string Name, int Gold, int Recognised, int WithId, int ExactId, int Within161Km, int Resolved, double TotalErrorKm, int ResolvedWithId)
{
    /// <summary>Toponym recall: recognised / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Recognised / Gold;

    /// <summary>Exact GeoNames id on recognised toponyms with a gold id (an unresolved one counts as wrong).</summary>
    public double ExactAccuracy => WithId == 0 ? 0 : (double)ExactId / WithId;

    /// <summary>Share of recognised toponyms within 161 km (an unresolved one counts as wrong).</summary>
    public double Within161Share => Recognised == 0 ? 0 : (double)Within161Km / Recognised;

    /// <summary>Exact GeoNames id on the toponyms the geocoder resolved (gave coordinates) that have a gold id.</summary>
    public double ExactOfResolved => ResolvedWithId == 0 ? 0 : (double)ExactId / ResolvedWithId;

    /// <summary>Share within 161 km of the toponyms the geocoder resolved.</summary>
    public double Within161OfResolved => Resolved == 0 ? 0 : (double)Within161Km / Resolved;

    /// <summary>Mean error in km over recognised toponyms that were resolved.</summary>
    public double MeanErrorKm => Resolved == 0 ? 0 : TotalErrorKm / Resolved;
}
