using Sitrep.Core.Model;

namespace Sitrep.Corpus.Relations;

/// <summary>One corpus edge of who backs whom (issue 10 point 5): the key under which per-document alignments add up.</summary>
/// <param name="Backer">Actor code of the backer (<c>TURGOV</c>).</param>
/// <param name="Backed">Actor code of the backed side (<c>LBYGOV</c>).</param>
/// <param name="Opposed">Actor code of the side the backing is against, or null when the text names none: "Ankara backs
/// the GNA" and "Ankara backs the GNA against Haftar" are two edges, each with its own evidence.</param>
public readonly record struct RelationEdge(ActorCode Backer, ActorCode Backed, ActorCode? Opposed)
{
    /// <summary>
    /// True when any party's code starts with <paramref name="country"/> (<c>LBY</c> matches <c>LBYGOV</c> and
    /// <c>LBYMIL</c>), compared ordinally without regard to case; an empty or null country matches every edge.
    /// </summary>
    /// <param name="country">An ISO 3166 alpha-3 code or any code prefix; null or empty for all.</param>
    public bool Involves(string? country) =>
        string.IsNullOrEmpty(country)
        || Backer.Value.StartsWith(country, StringComparison.OrdinalIgnoreCase)
        || Backed.Value.StartsWith(country, StringComparison.OrdinalIgnoreCase)
        || (Opposed is { } o && o.Value.StartsWith(country, StringComparison.OrdinalIgnoreCase));

    /// <summary>The edge for a per-document alignment.</summary>
    /// <param name="alignment">The alignment.</param>
    public static RelationEdge Of(Alignment alignment)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        return new RelationEdge(alignment.Backer, alignment.Backed, alignment.Opposes);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Backer} -> {Backed}" + (Opposed is { } o ? $" (against {o})" : string.Empty);
}
