using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// People a report names right after an unnamed rank (issue 8): "city police commissioner p c pande", "deputy
/// commissioner of police soumen mitra", "senior inspector sanjay jambulkar". The title is the person's role, and CAMEO
/// codes a person by role when the dictionaries do not know the name: the person, and every later mention of him ("pande
/// said", "he added"), is the actor the title names. Only persons the actor coder left uncoded, and only a state force's
/// title (police, military, intelligence): a force's rank names the force, while civil titles name no actor of their own.
/// The title may also follow the name in apposition ("says k g erda, senior police inspector, meghaninagar police
/// station"): then it must name one member of the force ("inspector", "officer", not "police" or "officials", which
/// would be the next item of a list: "modi, police officials and ministers") and close where the apposition does.
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
                var before = gap is >= 1 and <= MaxGap && document.Text.AsSpan(title.Span.End, gap).Trim().IsEmpty;
                if (IsForce(title.Code) && (before || IsApposition(document, mention.Span, title.Span)))
                {
                    var entity = document.Entities[mention.EntityId];
                    result[mention.EntityId] = new EventActor(title.Code, entity.Name, mention.Span, mention.EntityId)
                    {
                        Category = title.Category,
                        Rule = $"titled person: '{document.TextOf(title.Span)}' {(before ? "before" : "after")} '{document.TextOf(mention.Span)}' ({title.Rule})",
                    };
                    break;
                }
            }
        }

        return result;
    }

    // Issue 8: "k g erda, senior police inspector, said", "says n k barot, senior inspector, bapunagar police station": the
    // title follows the name after a comma, names one member of a force, and ends the apposition (a comma, a full stop,
    // a closing parenthesis, the end of the text, or "of"/"at" naming the unit).
    private static bool IsApposition(Document document, TextSpan name, TextSpan title)
    {
        var text = document.Text.AsSpan();
        if (title.Start - name.End != 2 || text[name.End] != ',' || text[name.End + 1] != ' ' || !PronounSpeaker.HasPersonHead(document.TextOf(title)))
        {
            return false;
        }

        var rest = text[title.End..].TrimStart(' ');
        return rest.IsEmpty || rest[0] is ',' or '.' or ';' or ')' || rest.StartsWith("of ", StringComparison.Ordinal) || rest.StartsWith("at ", StringComparison.Ordinal);
    }

    private static bool IsForce(ActorCode code)
    {
        var value = code.Value;
        return value.EndsWith("COP", StringComparison.Ordinal) || value.EndsWith("MIL", StringComparison.Ordinal) || value.EndsWith("SPY", StringComparison.Ordinal);
    }
}
