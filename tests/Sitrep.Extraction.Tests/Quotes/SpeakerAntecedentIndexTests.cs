using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>Issue 9 point 1: a pronoun's last person mention, found by binary search, is the one the walk over the mentions finds.</summary>
public sealed class SpeakerAntecedentIndexTests
{
    private static readonly Entity[] Entities =
    [
        new(0, EntityType.Person, "Jalel Harchaoui", null, null, null),
        new(1, EntityType.Org, "GNA", null, null, null),
        new(2, EntityType.Person, "Erdogan", null, null, null),
    ];

    // Mentions mostly in text order, some not (the walk stops at the first at or after the pronoun, wherever it is).
    private static readonly Gen<Mention> Mention = Gen.Select(Gen.Int[0, 80], Gen.Int[0, 5], Gen.Int[-1, 3], Gen.Int[0, 2])
        .Select((start, length, entity, kind) => new Mention(new TextSpan(start, start + length), entity, (MentionKind)kind));

    [Fact]
    public void LastPersonNameBefore_RandomMentions_SameAsWalk() =>
        Gen.Select(Mention.Array[0, 25], Gen.Int[0, 90].Array[1, 8], Gen.Bool).Sample((mentions, starts, sorted) =>
        {
            var ordered = sorted ? [.. mentions.OrderBy(m => m.Span.Start)] : mentions;
            var document = new Document("t", new string(' ', 100)) { Entities = [.. Entities], Mentions = [.. ordered] };
            var resolver = new SpeakerResolver(document, _ => null);
            foreach (var start in starts)
            {
                Assert.Equal(Walk(document, start), resolver.LastPersonNameBefore(start));
            }
        }, iter: 3000);

    // The walk Antecedent did before the index.
    private static int Walk(Document document, int start)
    {
        var last = -1;
        for (var i = 0; i < document.Mentions.Length; i++)
        {
            var m = document.Mentions[i];
            if (m.Span.Start >= start)
            {
                break;
            }

            if (m.Kind == MentionKind.Name && m.EntityId >= 0 && m.EntityId < document.Entities.Length && document.Entities[m.EntityId].Type == EntityType.Person)
            {
                last = i;
            }
        }

        return last;
    }
}
