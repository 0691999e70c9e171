using System.Collections.Immutable;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Quotes;
using Sitrep.Text;

namespace Sitrep.Extraction.Tests.Quotes;

internal static class QuoteTestKit
{
    public static DataCatalog Catalog { get; } = DataCatalog.Discover(AppContext.BaseDirectory);

    public static QuoteLexicon Lexicon => Catalog.QuoteLexicon();

    public static QuoteAttributor Stage { get; } = new(Catalog.QuoteLexicon());

    /// <summary>Text layers from the real text stages, then the quote stage with whatever entity layer the document has.</summary>
    public static Pipeline TextPipeline { get; } = new PipelineBuilder().UseText().Build();

    /// <summary>Runs the text stages and the quote stage; <paramref name="entities"/> adds a hand-built entity layer.</summary>
    public static Document Analyze(string text, Func<Document, Document>? entities = null)
    {
        var doc = TextPipeline.Process(new Document("t", text));
        doc = (entities?.Invoke(doc) ?? doc).WithLayer(LayerKind.Entities);
        return Stage.Process(doc, CancellationToken.None);
    }

    /// <summary>Adds a PERSON entity with mentions of each listed surface form (first occurrence onwards, every occurrence).</summary>
    public static Document WithPerson(Document doc, string name, string? role, params string[] surfaces)
    {
        var id = doc.Entities.Length;
        var mentions = doc.Mentions.ToBuilder();
        foreach (var surface in surfaces.Prepend(name).Distinct())
        {
            for (var i = doc.Text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = doc.Text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            {
                var span = TextSpan.FromLength(i, surface.Length);
                if (mentions.Any(m => m.Span.Overlaps(span)))
                {
                    continue;
                }

                var kind = surface == name ? MentionKind.Name : char.IsLower(surface[0]) ? MentionKind.Pronoun : MentionKind.Name;
                mentions.Add(new Mention(span, id, kind));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return doc with
        {
            Entities = doc.Entities.Add(new Entity(id, EntityType.Person, name, role, null, null)),
            Mentions = mentions.ToImmutable(),
        };
    }

    /// <summary>A compact rendering of the quotes: <c>direct "text" ← Speaker [anon] (role)</c> per line.</summary>
    public static string Dump(Document doc)
    {
        var sb = new StringBuilder();
        foreach (var q in doc.Quotes)
        {
            sb.Append(q.Kind == QuoteKind.Direct ? "direct" : "indirect")
                .Append(" \"").Append(doc.TextOf(q.Span)).Append("\" <- ").Append(q.Speaker.Name);
            if (q.Speaker.Anonymous)
            {
                sb.Append(" [anon]");
            }

            if (q.Speaker.Role is { } role)
            {
                sb.Append(" (").Append(role).Append(')');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    public static string SharedData(params string[] parts) => Sitrep.Tests.TestPaths.SharedData(parts);

    public static ImmutableArray<Quote> QuotesOf(string text) => Analyze(text).Quotes;

    /// <summary>The full pipeline: text layers, the entity stage, the quote stage.</summary>
    public static Pipeline Full { get; } = new PipelineBuilder().UseText().UseEntities(Catalog).UseQuotes(Catalog).Build();

    /// <summary>
    /// Writes, for each gold record, every gold quote as found ("ok"), missed ("MISS") or found with another speaker
    /// ("SPKR(name)"), then the predicted quotes no gold quote matches ("FP"): the listing the quote-set tests print.
    /// </summary>
    public static void WriteMatches(IReadOnlyList<Sitrep.Extraction.Evaluation.QuoteGoldRecord> records, Action<string> write, Func<string, string, bool> sameSpeaker, int width)
    {
        foreach (var r in records)
        {
            var doc = Full.Process(new Document(r.Id, r.Text));
            var matched = Sitrep.Extraction.Evaluation.QuoteEvaluator.Match(r.Quotes, doc.Quotes);
            foreach (var g in r.Quotes)
            {
                var m = matched.FirstOrDefault(x => x.Gold == g);
                var status = m.Predicted is null ? "MISS" : sameSpeaker(m.Predicted.Speaker.Name, g.Speaker) ? "ok  " : "SPKR(" + m.Predicted.Speaker.Name + ")";
                write($"{r.Id} {status} {g.Kind} {g.Form} {g.Speaker}: {Short(g.Span.Of(r.Text), width)}");
            }

            foreach (var p in doc.Quotes.Where(p => !matched.Any(x => x.Predicted == p)))
            {
                write($"{r.Id} FP   {p.Kind} {p.Speaker.Name}: {Short(doc.TextOf(p.Span), width)}");
            }
        }
    }

    private static string Short(string s, int width) => s.Length <= width ? s : s[..(width - 3)] + "...";
}
