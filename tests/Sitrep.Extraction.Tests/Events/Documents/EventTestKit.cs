using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors.Generic;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Documents;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Codes events over hand-placed fictional actors (Arnor, Gondor, Mordor, Rohan), so that golden cases test the event
/// coder alone, not the entity recogniser or the actor dictionaries.
/// </summary>
internal static class EventTestKit
{
    public static readonly DateOnly ArticleDate = new(2020, 1, 8);

    private static readonly Lazy<Pipeline> TextOnly = new(() => new PipelineBuilder().UseText().Build());
    private static readonly Lazy<EventCoder> Coder = new(() => new EventCoder(Catalog.EventDictionary()));

    // Issue 8: the coder as the default pipeline runs it, with generic actors ("police", "rebels") and ACLED typing.
    private static readonly Lazy<EventCoder> ConflictCoder = new(() => new EventCoder(Catalog.EventDictionary(), null, Catalog.AcledResources(withModel: false)));
    private static readonly Lazy<GenericActorFinder> Generic = new(() => new GenericActorFinder(Catalog.GenericActorLexicon()));

    /// <summary>Fictional actors: phrase → code and entity type. Longer phrases are placed first.</summary>
    public static readonly (string Phrase, string Code, EntityType Type)[] Fictional =
    [
        ("Gondorian army", "GONMIL", EntityType.Org), ("Arnorian rebels", "ARNREB", EntityType.Org), ("Mordor's army", "MORMIL", EntityType.Org),
        ("Arnor", "ARN", EntityType.Place), ("Gondor", "GON", EntityType.Place), ("Mordor", "MOR", EntityType.Place), ("Rohan", "ROH", EntityType.Place),
        ("Gondorian", "GON", EntityType.Nationality), ("Arnorian", "ARN", EntityType.Nationality), ("Mordorian", "MOR", EntityType.Nationality),
        ("King Elessar", "GONGOV", EntityType.Person), ("Minas Tirith", "GONGOV", EntityType.Place), ("Saruman", "ISEREB", EntityType.Person),
        ("Annuminas", "ARNGOV", EntityType.Place), ("Barad-dur Bank", "MORBUS", EntityType.Org),
    ];

    public static Document Place(string text, DateOnly? date = null)
    {
        var doc = TextOnly.Value.Process(new Document("t", text, new DocumentMetadata { Date = date ?? ArticleDate }));
        var taken = new bool[text.Length];
        var found = new List<(TextSpan Span, string Name, string Code, EntityType Type)>();
        foreach (var (phrase, code, type) in Fictional)
        {
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(phrase)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                if (!taken.AsSpan(m.Index, m.Length).Contains(true))
                {
                    taken.AsSpan(m.Index, m.Length).Fill(true);
                    found.Add((new TextSpan(m.Index, m.Index + m.Length), phrase, code, type));
                }
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var entities = found.Select((f, i) => new Entity(i, f.Type, f.Name, null, null, null)).ToImmutableArray();
        var mentions = found.Select((f, i) => new Mention(f.Span, i, MentionKind.Name)).ToImmutableArray();
        var actors = found.Select((f, i) => new ActorAssignment(i, ActorCode.Parse(f.Code), "test", f.Name)).ToImmutableArray();
        return (doc with { Entities = entities, Mentions = mentions, Actors = actors }).WithLayer(LayerKind.Entities).WithLayer(LayerKind.Actors);
    }

    public static ImmutableArray<EventCandidate> Candidates(string text, DateOnly? date = null) => Coder.Value.Code(Place(text, date));

    /// <summary>Codes <paramref name="text"/> as the default pipeline does: generic actors found, ACLED resources given.</summary>
    public static Document CodeConflict(string text, DateOnly? date = null)
    {
        var placed = Place(text, date);
        return ConflictCoder.Value.Process(Generic.Value.Process(placed, CancellationToken.None).WithLayer(LayerKind.GenericActors), CancellationToken.None);
    }

    /// <summary><see cref="Dump(Document)"/> of <see cref="CodeConflict"/>, sorted.</summary>
    public static string DumpConflict(string text, DateOnly? date = null) =>
        string.Join("; ", Dump(CodeConflict(text, date)).Split("; ", StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    public static Document Code(string text, DateOnly? date = null) => Coder.Value.Process(Place(text, date), CancellationToken.None);

    /// <summary><c>GON>MOR:190</c> per event, joined by <c>; </c>.</summary>
    public static string Dump(Document doc) =>
        string.Join("; ", doc.Events.Select(e => $"{e.Source?.Code.Value ?? "-"}>{e.Target?.Code.Value ?? "-"}:{e.Code}"));

    public static string Dump(string text, DateOnly? date = null) => Dump(Code(text, date));
}
