using System.Collections.Immutable;

namespace Sitrep.Core.Model;

/// <summary>People named in a credits line, by contribution.</summary>
/// <param name="Reporting">Reporters (<c>Reporting by</c>, <c>Additional reporting by</c>), with their location when given.</param>
/// <param name="Writing">Writers (<c>Writing by</c>).</param>
/// <param name="Editing">Editors (<c>Editing by</c>).</param>
public sealed record Credits(
    ImmutableArray<CreditedPerson> Reporting,
    ImmutableArray<CreditedPerson> Writing,
    ImmutableArray<CreditedPerson> Editing)
{
    /// <summary>No credits.</summary>
    public static Credits None { get; } = new([], [], []);

    /// <summary>True when nobody is credited.</summary>
    public bool IsEmpty => Reporting.IsEmpty && Writing.IsEmpty && Editing.IsEmpty;
}
