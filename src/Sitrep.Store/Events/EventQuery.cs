namespace Sitrep.Store.Events;

/// <summary>Which merged events <see cref="IEventQueries.QueryEventsAsync"/> lists (issue 10 point 7); every filter is optional.</summary>
public sealed record EventQuery
{
    /// <summary>Only events whose source or target code starts with this (<c>LBY</c> matches <c>LBYGOV</c>), upper case.</summary>
    public string? Actor { get; init; }

    /// <summary>Only events whose code starts with this: a root (<c>19</c>) or a code (<c>193</c>).</summary>
    public string? Cameo { get; init; }

    /// <summary>Only events of this PLOVER category (the enum name, <c>Assault</c>).</summary>
    public string? Plover { get; init; }

    /// <summary>Only events whose place lies in this country (ISO 3166-1 alpha-2, as places store it).</summary>
    public string? Country { get; init; }

    /// <summary>Only events at this place: a GeoNames id, or a name matched ignoring ASCII case.</summary>
    public string? Place { get; init; }

    /// <summary>Only events whose date (stated, else first report) reaches this day or later.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only events whose date (stated, else first report) starts on or before this day.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Only events reported by at least this many independent sources.</summary>
    public int? MinSources { get; init; }

    /// <summary>At most this many events, in id order; null: all.</summary>
    public int? Limit { get; init; }
}
