using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities;
using Sitrep.Text;

namespace Sitrep.Extraction.Tests.Entities;

internal static class EntityTestKit
{
    private static readonly Lazy<DataCatalog> LazyCatalog = new(() => DataCatalog.Discover(AppContext.BaseDirectory));
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => new PipelineBuilder().UseText().UseEntities(Catalog).Build());
    private static readonly Lazy<Pipeline> LazyDefault = new(() => SitrepPipelines.CreateDefault(Catalog));

    public static DataCatalog Catalog => LazyCatalog.Value;

    public static Pipeline Pipeline => LazyPipeline.Value;

    /// <summary>The default pipeline, every stage (one instance for all the tests that run it).</summary>
    public static Pipeline Default => LazyDefault.Value;

    public static Document Run(string text) => Pipeline.Process(new Document("t", text));

    public static Entity Person(Document doc, string name) =>
        doc.Entities.Single(e => e.Type == EntityType.Person && e.Name == name);

    public static IEnumerable<(string Text, Entity Entity, MentionKind Kind)> Mentions(Document doc) =>
        doc.Mentions.Select(m => (doc.TextOf(m.Span), doc.Entities[m.EntityId], m.Kind));

    public static string SharedData(params string[] parts) => Sitrep.Tests.TestPaths.SharedData(parts);
}
