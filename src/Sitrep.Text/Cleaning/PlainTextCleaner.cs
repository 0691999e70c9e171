using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Cleaning;

/// <summary>
/// Zones the raw text of a scraped article (issue 2 point 2): the <c>date YYYY-MM-DD</c> header, feed noise lines
/// (<c>advertisement</c>), photo credits and captions, the dateline (<c>CAIRO –</c>), all-caps headings and the credits
/// line become metadata zones; the rest becomes body paragraphs. The text itself is never changed (STYLE A3): zones
/// are spans into it.
/// </summary>
public sealed class PlainTextCleaner(CleanerOptions? options = null) : IStage
{
    private readonly CleanerOptions _options = options ?? new CleanerOptions();

    /// <inheritdoc />
    public string Name => "cleaner.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Zones];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = Clean(document.Text, _options);
        var meta = document.Metadata;
        var diagnostics = document.Diagnostics;
        if (result.Date is { } header)
        {
            if (DateOnly.TryParseExact(header.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                meta = meta with { Date = meta.Date ?? date };
            }
            else
            {
                diagnostics = diagnostics.Add(new Diagnostic(Name, DiagnosticCode.BadDate, Severity.Warning, $"date header '{header.Text}' is not a valid date", header.Span));
            }
        }
        else if (result.LongDate is { } longDate)
        {
            meta = meta with { Date = meta.Date ?? longDate };
        }

        meta = meta with
        {
            Dateline = meta.Dateline ?? result.Dateline,
            Headings = meta.Headings.IsEmpty ? result.Headings : meta.Headings,
            Credits = meta.Credits.IsEmpty ? result.Credits : meta.Credits,
        };
        return document with { Zones = result.Zones, Metadata = meta, Diagnostics = diagnostics };
    }

    /// <summary>Zones <paramref name="text"/> (pure: STYLE A5).</summary>
    public static CleanResult Clean(string text, CleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var zones = ImmutableArray.CreateBuilder<Zone>();
        var headings = ImmutableArray.CreateBuilder<string>();
        (string Text, TextSpan Span)? date = null;
        DateOnly? longDate = null;
        string? dateline = null;
        var credits = Credits.None;
        TextSpan? paragraph = null;
        var seenBody = false;
        var datelineOpen = true;

        void Flush()
        {
            if (paragraph is { } p)
            {
                zones.Add(new Zone(p, ZoneKind.Body));
                paragraph = null;
            }
        }

        foreach (var line in LineSpan.Enumerate(text))
        {
            var t = line.Trimmed;
            if (t.IsEmpty)
            {
                Flush();
                continue;
            }

            var s = t.Of(text);
            var header = LineClassifier.MatchDateHeader(s);
            if (header.Success && !seenBody && date is null)
            {
                Flush();
                var g = header.Groups["date"];
                date = (g.Value, new TextSpan(t.Start + g.Index, t.Start + g.Index + g.Length));
                zones.Add(new Zone(new TextSpan(t.Start, t.Start + header.Length), ZoneKind.DateHeader));
                var rest = Trim(text, new TextSpan(t.Start + header.Length, t.End));
                if (!rest.IsEmpty)
                {
                    zones.Add(new Zone(rest, options.NoiseLines.Contains(rest.Of(text)) ? ZoneKind.Noise : ZoneKind.Body));
                }

                continue;
            }

            if (!seenBody && longDate is null && date is null && LineClassifier.TryParseDateLine(s, out var ld))
            {
                Flush();
                longDate = ld;
                zones.Add(new Zone(t, ZoneKind.DateHeader));
                continue;
            }

            if (options.NoiseLines.Contains(s))
            {
                Flush();
                zones.Add(new Zone(t, ZoneKind.Noise));
                continue;
            }

            if (LineClassifier.ClassifyPhotoLine(s, options.MaxPhotoLineLength) is { } photo)
            {
                // Photo credits and captions (issue 9 point 10): not body, and not the article's reporting credits.
                Flush();
                zones.Add(new Zone(t, photo));
                continue;
            }

            if (CreditsParser.IsCreditsLine(s))
            {
                Flush();
                zones.Add(new Zone(t, ZoneKind.Credits));
                credits = Merge(credits, CreditsParser.Parse(text, t));
                continue;
            }

            if (LineClassifier.IsHeading(s, options.MaxHeadingLength) && seenBody)
            {
                Flush();
                zones.Add(new Zone(t, ZoneKind.Heading));
                headings.Add(s);
                continue;
            }

            seenBody = true;

            // An indented line after body text starts a new paragraph (Reuters-21578 style); otherwise lines join.
            var indented = line.Trimmed.Start - line.Full.Start >= 2;
            if (datelineOpen)
            {
                // The dateline starts the first paragraph of prose; title, byline and time lines before it (as HTML
                // pages give them) keep the search open (issue 9 point 10).
                var m = LineClassifier.MatchDateline(s);
                if (m.Success && (paragraph is null || indented))
                {
                    datelineOpen = false;
                    dateline = m.Groups["place"].Value;
                    Flush();
                    zones.Add(new Zone(new TextSpan(t.Start, t.Start + m.Length), ZoneKind.Dateline));
                    if (m.Length == s.Length)
                    {
                        continue;
                    }

                    t = Trim(text, new TextSpan(t.Start + m.Length, t.End));
                }
                else
                {
                    datelineOpen = paragraph is null && IsTitleLike(s, options.MaxHeadingLength);
                }
            }

            if (paragraph is { } open && !indented)
            {
                paragraph = open.Union(t);
            }
            else
            {
                Flush();
                paragraph = t;
            }
        }

        Flush();
        return new CleanResult(zones.ToImmutable(), date, longDate, dateline, headings.ToImmutable(), credits);
    }

    /// <summary>A short line without sentence-final punctuation: a title, byline or time line, not prose.</summary>
    private static bool IsTitleLike(string line, int maxLength)
    {
        var end = line.AsSpan().TrimEnd("\"'”’)]");
        return line.Length <= maxLength && end.Length > 0 && end[^1] is not ('.' or '!' or '?');
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }

    private static Credits Merge(Credits a, Credits b) =>
        a.IsEmpty ? b : new Credits(a.Reporting.AddRange(b.Reporting), a.Writing.AddRange(b.Writing), a.Editing.AddRange(b.Editing));
}
