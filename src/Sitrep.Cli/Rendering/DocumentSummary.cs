using System.Globalization;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Export;
using Spectre.Console;

namespace Sitrep.Cli.Rendering;

/// <summary>Formats a stored document for people: metadata, people, organisations, other entities, quotes (Spectre tables).</summary>
internal static class DocumentSummary
{
    /// <summary>Longest quote text shown before it is cut with an ellipsis.</summary>
    public const int MaxQuoteChars = 160;

    /// <summary>Writes the summary of <paramref name="stored"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, StoredDocument stored)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(stored.Id)}[/]").LeftJustified());
        if (stored.Document is not { } doc)
        {
            console.MarkupLine($"[red]failed[/]: {Markup.Escape(stored.FailureCode is { } c ? DiagnosticCatalog.Id(c) : "?")} {Markup.Escape(stored.FailureReason ?? string.Empty)}");
            return;
        }

        if (stored.Status == DocumentStatus.Partial)
        {
            // Issue 9 point 2: a stage failed; what the stages before it found is shown below.
            console.MarkupLine($"[yellow]partial[/]: {Markup.Escape(stored.FailureCode is { } c ? DiagnosticCatalog.Id(c) : "?")} {Markup.Escape(stored.FailureReason ?? string.Empty)}");
        }

        var m = doc.Metadata;
        var meta = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        AddRow(meta, "Title", m.Title);
        AddRow(meta, "Date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddRow(meta, "Dateline", m.Dateline);
        AddRow(meta, "Source", m.Source);
        AddRow(meta, "URL", m.Url);
        AddRow(meta, "Read from", stored.SourceName);
        AddRow(meta, "Length", $"{doc.Text.Length:N0} characters, {doc.Mentions.Length} mentions, {doc.Quotes.Length} quotes");
        AddRow(meta, "Reporting", Names(m.Credits.Reporting));
        AddRow(meta, "Writing", Names(m.Credits.Writing));
        AddRow(meta, "Editing", Names(m.Credits.Editing));
        console.Write(meta);

        var mentions = doc.Mentions.GroupBy(x => x.EntityId).ToDictionary(g => g.Key, g => g.Count());
        var actors = doc.Actors.ToDictionary(a => a.EntityId, a => a.Code.Value);
        int Count(Entity e) => mentions.GetValueOrDefault(e.Id);

        var people = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        if (people.Count > 0)
        {
            var table = new Table().Title("People").AddColumns("Name", "Role", "Affiliation", "Actor", "Mentions");
            foreach (var p in people)
            {
                table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Role ?? ""), Markup.Escape(p.Affiliation ?? ""), actors.GetValueOrDefault(p.Id) ?? "", Count(p).ToString(CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        var orgs = doc.Entities.Where(e => e.Type == EntityType.Org).ToList();
        if (orgs.Count > 0)
        {
            var table = new Table().Title("Organisations").AddColumns("Name", "Acronym", "Affiliation", "Actor", "Mentions");
            foreach (var o in orgs)
            {
                table.AddRow(Markup.Escape(o.Name), Markup.Escape(o.Acronym ?? ""), Markup.Escape(o.Affiliation ?? ""), actors.GetValueOrDefault(o.Id) ?? "", Count(o).ToString(CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        foreach (var (type, label) in new[] { (EntityType.Place, "Places"), (EntityType.Nationality, "Nationalities"), (EntityType.Equipment, "Equipment") })
        {
            var names = doc.Entities.Where(e => e.Type == type).Select(e => e.Name).ToList();
            if (names.Count > 0)
            {
                console.MarkupLine($"[bold]{label}[/]: {Markup.Escape(string.Join(", ", names))}");
            }
        }

        if (doc.Quotes.Length > 0)
        {
            var table = new Table().Title("Quotes").AddColumns("#", "Kind", "Speaker", "Role", "Quote");
            for (var i = 0; i < doc.Quotes.Length; i++)
            {
                var q = doc.Quotes[i];
                var speaker = q.Speaker.Anonymous ? $"{q.Speaker.Name} (anonymous)" : q.Speaker.Name;
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), q.Kind == QuoteKind.Direct ? "direct" : "indirect", Markup.Escape(speaker), Markup.Escape(q.Speaker.Role ?? ""), Markup.Escape(Cut(doc.TextOf(q.Span))));
            }

            console.Write(table);
        }

        if (doc.Alignments.Length > 0)
        {
            var table = new Table().Title("Backing").AddColumns("Backer", "Backed", "Against", "Evidence");
            foreach (var a in doc.Alignments)
            {
                table.AddRow(a.Backer.Value, a.Backed.Value, a.Opposes?.Value ?? string.Empty, Markup.Escape(Cut(doc.TextOf(a.Evidence))));
            }

            console.Write(table);
        }

        if (doc.Events.Length > 0)
        {
            var table = new Table().Title("Events").AddColumns("Date", "Source", "CAMEO", "Target", "PLOVER", "ACLED (CASE)", "Killed", "Where", "Conf.", "Asserted by", "Evidence");
            foreach (var e in doc.Events)
            {
                table.AddRow(
                    Markup.Escape(e.Date?.ToString() ?? string.Empty),
                    Markup.Escape(e.Source is { } source ? $"{source.Code} ({source.Name})" : "- (not named)"),
                    e.Code.Value,
                    Markup.Escape(e.Target is { } t ? $"{t.Code} ({t.Name})" : "-"),
                    ContractNames.Of(e.Plover),
                    // A type the sentence reports but the event's own act cannot have ("They now co-operate" in a shelling
                    // sentence) is marked, as the ACLED export leaves it out.
                    Markup.Escape(e.Acled is { } acled ? $"{acled.SubEventType?.ToString() ?? "-"} ({acled.CaseLabel}){(acled.Reported ? ", reported context" : string.Empty)}" : string.Empty),
                    e.Fatalities is { } killed ? $"{killed.Count}{(killed.Vague ? "~" : string.Empty)}" : string.Empty,
                    Markup.Escape(e.Place is { } where ? $"{where.Place.Name ?? where.Place.Text} ({where.Precision.ToString().ToLowerInvariant()})" : string.Empty),
                    e.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                    Markup.Escape(AssertedBy(e.AssertedBy)),
                    Markup.Escape(Cut(doc.TextOf(e.Evidence))));
            }

            console.Write(table);
        }

        if (doc.Diagnostics.Length > 0)
        {
            console.MarkupLine($"[grey]{doc.Diagnostics.Length} diagnostics: {Markup.Escape(string.Join(", ", doc.Diagnostics.GroupBy(d => DiagnosticCatalog.Id(d.Code)).Select(g => $"{g.Key}×{g.Count()}")))}[/]");
        }
    }

    // "reporter", "speaker Fathi Bashagha (LBYGOV), quote 1", "anonymous officials", "document United Nations (report)";
    // quotes are numbered from 1 as in the Quotes table.
    private static string AssertedBy(Assertion? a) => a is null ? string.Empty : a.Kind == AssertionKind.Reporter ? "reporter"
        : $"{a.Kind.ToString().ToLowerInvariant()} {a.Name}{(a.Actor is { } code ? $" ({code})" : string.Empty)}{(a.Medium is { } m ? $" [{m}]" : string.Empty)}{(a.Quote is { } q ? $", quote {q + 1}" : string.Empty)}";

    private static void AddRow(Grid grid, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            grid.AddRow($"[bold]{label}[/]", Markup.Escape(value));
        }
    }

    private static string? Names(IEnumerable<CreditedPerson> people)
    {
        var list = people.Select(p => p.Location is null ? p.Name : $"{p.Name} ({p.Location})").ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private static string Cut(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= MaxQuoteChars ? s : s[..(MaxQuoteChars - 1)] + "…";
    }
}
