using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// Scores an analysed reference article against its gold (issue 2 point 9 and bars): every gold quote found (gold text a
/// prefix of the predicted quote) with its speaker, kind and anonymity; every gold person found as a PERSON entity with
/// the role, or in the credits for reporters and editors; date, dateline, credits, headings; noise lines and credits in
/// no entity or quote.
/// </summary>
public static class SeedEvaluator
{
    /// <summary>Scores <paramref name="document"/> (after the full pipeline) against <paramref name="gold"/>.</summary>
    public static SeedReport Evaluate(Document document, SeedGold gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var checks = ImmutableArray.CreateBuilder<SeedCheck>();
        Metadata(document, gold, checks);
        var used = new HashSet<Quote>();
        foreach (var g in gold.Quotes)
        {
            checks.Add(QuoteCheck(document, g, used));
        }

        foreach (var p in gold.People)
        {
            checks.Add(PersonCheck(document, p));
        }

        checks.AddRange(SeedPlaceChecks.Check(document, gold.Places)); // issue 4
        var extra = document.Quotes.Where(q => !used.Contains(q))
            .Select(q => $"{q.Speaker.Name}: {Short(document.TextOf(q.Span))}")
            .ToImmutableArray();
        return new SeedReport(checks.ToImmutable(), extra);
    }

    private static SeedCheck QuoteCheck(Document document, SeedGoldQuote g, HashSet<Quote> used)
    {
        var expected = $"{g.Speaker}{(g.Anonymous ? " (anonymous)" : string.Empty)}, {g.Kind}";
        // Ignoring case, so that the article lower-cased or upper-cased (eval seed --case) still finds its quotes.
        var q = document.Quotes.FirstOrDefault(q => document.TextOf(q.Span).StartsWith(g.Text, StringComparison.OrdinalIgnoreCase));
        if (q is null)
        {
            return new SeedCheck("quote", Short(g.Text), expected, "not found", false);
        }

        used.Add(q);
        var kind = q.Kind == QuoteKind.Direct ? "direct" : "indirect";
        var pass = QuoteSpeakerMatch.SameName(q.Speaker.Name, g.Speaker)
            && string.Equals(kind, g.Kind, StringComparison.OrdinalIgnoreCase)
            && (!g.Anonymous || q.Speaker.Anonymous);
        var actual = $"{q.Speaker.Name}{(q.Speaker.Anonymous ? " (anonymous)" : string.Empty)}, {kind}";
        return new SeedCheck("quote", Short(g.Text), expected, actual, pass);
    }

    private static SeedCheck PersonCheck(Document document, SeedGoldPerson p)
    {
        var expected = $"{p.Name}, {p.Role ?? "-"}";
        var role = p.Role?.ToLowerInvariant();
        var credited = role switch
        {
            "reporter" => document.Metadata.Credits.Reporting,
            "editor" => document.Metadata.Credits.Editing,
            "writer" => document.Metadata.Credits.Writing,
            _ => (ImmutableArray<CreditedPerson>?)null,
        };
        if (credited is { } people)
        {
            var found = people.Any(c => QuoteSpeakerMatch.SameName(c.Name, p.Name));
            return new SeedCheck("person", p.Name, expected, found ? $"credited as {role}" : "not in credits", found);
        }

        var entities = document.Entities.Where(e => e.Type == EntityType.Person && QuoteSpeakerMatch.SameName(e.Name, p.Name)).ToList();
        if (entities.Count == 0)
        {
            return new SeedCheck("person", p.Name, expected, "no PERSON entity", false);
        }

        var best = entities.FirstOrDefault(e => QuoteSpeakerMatch.RoleMatches(e.Role, p.Role)) ?? entities[0];
        return new SeedCheck("person", p.Name, expected, $"{best.Name}, {best.Role ?? "-"}", QuoteSpeakerMatch.RoleMatches(best.Role, p.Role));
    }

    private static void Metadata(Document document, SeedGold gold, ImmutableArray<SeedCheck>.Builder checks)
    {
        var m = document.Metadata;
        var date = m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        checks.Add(new SeedCheck("metadata", "date", gold.Date ?? "-", date, gold.Date is null || gold.Date == date));
        checks.Add(new SeedCheck("metadata", "dateline", gold.Dateline ?? "-", m.Dateline ?? "-",
            gold.Dateline is null || string.Equals(gold.Dateline, m.Dateline, StringComparison.OrdinalIgnoreCase)));
        Names(checks, "credits: reporting", gold.Reporting, m.Credits.Reporting.Select(c => c.Name));
        Names(checks, "credits: editing", gold.Editing, m.Credits.Editing.Select(c => c.Name));
        Names(checks, "headings", gold.Headings, m.Headings);

        // Noise lines: every line of the text equal to a gold noise line lies outside body text, entities and quotes.
        var noise = NoiseSpans(document.Text, gold.NoiseLines);
        var clean = noise.Count(s => Untouched(document, s, checkBody: true));
        checks.Add(new SeedCheck("metadata", "noise lines", $"{noise.Count} outside body, entities, quotes", $"{clean} of {noise.Count}", clean == noise.Count && noise.Count > 0));

        // Each noise line must be recognised, not merely skipped: covered by date-header and noise zones (the reference
        // article's four: the date header, and three 'advertisement' lines, one sharing the header's line).
        var noiseZones = document.Zones.Where(z => z.Kind is ZoneKind.Noise or ZoneKind.DateHeader).ToList();
        var recognised = noise.Count(s => Covered(document.Text, s, noiseZones.Select(z => z.Span)));
        checks.Add(new SeedCheck("metadata", "noise zones", $"{noise.Count} lines recognised", $"{recognised} lines, {noiseZones.Count} zones", recognised == noise.Count && noise.Count > 0));

        var credits = document.Zones.Where(z => z.Kind == ZoneKind.Credits).Select(z => z.Span).ToList();
        var cleanCredits = credits.All(s => Untouched(document, s, checkBody: false));
        checks.Add(new SeedCheck("metadata", "credits zone", "in no entity or quote", cleanCredits ? "clean" : "overlapped", credits.Count > 0 && cleanCredits));
    }

    private static void Names(ImmutableArray<SeedCheck>.Builder checks, string item, ImmutableArray<string> gold, IEnumerable<string> actual)
    {
        var list = actual.ToList();
        var missing = gold.Where(g => !list.Any(a => QuoteSpeakerMatch.SameName(a, g))).ToList();
        checks.Add(new SeedCheck("metadata", item, string.Join("; ", gold), list.Count == 0 ? "-" : string.Join("; ", list), missing.Count == 0));
    }

    // True when every non-space character of the span lies in one of the zones.
    private static bool Covered(string text, TextSpan span, IEnumerable<TextSpan> zones)
    {
        var list = zones.ToList();
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !list.Any(z => z.Contains(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static List<TextSpan> NoiseSpans(string text, ImmutableArray<string> lines)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var line = text[start..i];
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && lines.Contains(trimmed))
                {
                    var s = start + line.IndexOf(trimmed, StringComparison.Ordinal);
                    spans.Add(new TextSpan(s, s + trimmed.Length));
                }

                start = i + 1;
            }
        }

        return spans;
    }

    private static bool Untouched(Document document, TextSpan span, bool checkBody) =>
        !document.Mentions.Any(m => m.Span.Overlaps(span))
        && !document.Quotes.Any(q => q.Span.Overlaps(span) || (q.Speaker.Span is { } s && s.Overlaps(span)))
        && (!checkBody || !document.Zones.Any(z => z.Kind == ZoneKind.Body && z.Span.Overlaps(span)));

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
