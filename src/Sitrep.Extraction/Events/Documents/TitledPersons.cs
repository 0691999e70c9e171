using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// People a report names right after an unnamed rank (issue 8): "city police commissioner p c pande", "deputy
/// commissioner of police soumen mitra", "senior inspector sanjay jambulkar". The title is the person's role, and CAMEO
/// codes a person by role when the dictionaries do not know the name: the person, and every later mention of him ("pande
/// said", "he added"), is the actor the title names. Only persons the actor coder left uncoded, and only a state force's
/// title (police, military, intelligence): a force's rank names the force, while civil titles name no actor of their own.
/// </summary>
internal static class TitledPersons
{
    /// <summary>The longest gap, in characters, between a title and the name after it (a space, or a comma and space).</summary>
    public const int MaxGap = 2;

    /// <summary>Entity id → the actor a title right before one of its name mentions gives it.</summary>
    public static Dictionary<int, EventActor> Find(Document document, IReadOnlyDictionary<int, ActorCode> coded)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new Dictionary<int, EventActor>();
        if (document.GenericActors.IsEmpty)
        {
            return result;
        }

        foreach (var mention in document.Mentions)
        {
            if (mention.Kind != MentionKind.Name || coded.ContainsKey(mention.EntityId) || result.ContainsKey(mention.EntityId)
                || document.Entities[mention.EntityId].Type != EntityType.Person)
            {
                continue;
            }

            foreach (var title in document.GenericActors)
            {
                var gap = mention.Span.Start - title.Span.End;
                if (gap is >= 1 and <= MaxGap && IsForce(title.Code) && document.Text.AsSpan(title.Span.End, gap).Trim().IsEmpty)
                {
                    var entity = document.Entities[mention.EntityId];
                    result[mention.EntityId] = new EventActor(title.Code, entity.Name, mention.Span, mention.EntityId)
                    {
                        Category = title.Category,
                        Rule = $"titled person: '{document.TextOf(title.Span)}' before '{document.TextOf(mention.Span)}' ({title.Rule})",
                    };
                    break;
                }
            }
        }

        return result;
    }

    private static bool IsForce(ActorCode code)
    {
        var value = code.Value;
        return value.EndsWith("COP", StringComparison.Ordinal) || value.EndsWith("MIL", StringComparison.Ordinal) || value.EndsWith("SPY", StringComparison.Ordinal);
    }
}
