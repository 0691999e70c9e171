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
}
