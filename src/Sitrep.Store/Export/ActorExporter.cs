using System.Globalization;
using System.Text.Json;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes actors across documents (issue 10 point 4, <c>--what actors</c>): JSONL, one object per actor
/// <c>{"id", "name", "type", "codes", "documents", "events_as_source", "events_as_target", "aliases", "roles": [{"role",
/// "affiliation", "first", "last", "documents"}…], "code_periods": [{"code", "first", "last", "documents"}…]}</c>; or CSV,
/// one row per actor with lists joined by <c>|</c>.
/// </summary>
public static class ActorExporter
{
    /// <summary>The CSV header.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "name", "type", "codes", "documents", "events_as_source", "events_as_target", "aliases", "roles"];

    /// <summary>Writes one JSON line per actor.</summary>
    /// <returns>The number of lines written.</returns>
    public static async Task<int> WriteJsonlAsync(IAsyncEnumerable<ActorTimeline> actors, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        await foreach (var t in actors.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer))
            {
                var a = t.Actor;
                w.WriteStartObject();
                w.WriteNumber("id", a.Id);
                w.WriteString("name", a.Name);
                w.WriteString("type", a.Type);
                Strings(w, "codes", a.Codes);
                w.WriteNumber("documents", a.Documents);
                w.WriteNumber("events_as_source", a.EventsAsSource);
                w.WriteNumber("events_as_target", a.EventsAsTarget);
                Strings(w, "aliases", a.Aliases);
                Periods(w, "roles", "role", t.Roles, withAffiliation: true);
                Periods(w, "code_periods", "code", t.Codes, withAffiliation: false);
                w.WriteEndObject();
            }

            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes the CSV header and one row per actor (roles as <c>role (affiliation) first..last</c>, joined by <c>|</c>).</summary>
    /// <returns>The number of data rows written.</returns>
    public static async Task<int> WriteCsvAsync(IAsyncEnumerable<ActorTimeline> actors, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(string.Join(',', Columns) + "\r\n").ConfigureAwait(false);
        var count = 0;
        await foreach (var t in actors.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var a = t.Actor;
            var roles = t.Roles.Select(p => $"{p.Value}{(p.Affiliation is null ? string.Empty : $" ({p.Affiliation})")} {D(p.First)}..{D(p.Last)}");
            string?[] row = [N(a.Id), a.Name, a.Type, string.Join('|', a.Codes), N(a.Documents), N(a.EventsAsSource), N(a.EventsAsTarget), string.Join('|', a.Aliases), string.Join('|', roles)];
            await output.WriteAsync(string.Join(',', row.Select(CsvExporter.Escape)) + "\r\n").ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Periods(Utf8JsonWriter w, string name, string valueName, IEnumerable<ActorPeriod> periods, bool withAffiliation)
    {
        w.WriteStartArray(name);
        foreach (var p in periods)
        {
            w.WriteStartObject();
            w.WriteString(valueName, p.Value.Length == 0 ? null : p.Value);
            if (withAffiliation)
            {
                w.WriteString("affiliation", p.Affiliation);
            }

            w.WriteString("first", D(p.First));
            w.WriteString("last", D(p.Last));
            Strings(w, "documents", p.Documents);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
