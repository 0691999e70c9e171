using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes a document's <c>events</c> array of the export contract (issue 3 point 7): <c>{"source","source_name",
/// "target","target_name","cameo","root","quad","goldstein","plover","date","place","evidence":{"start","end","text"},
/// "confidence"}</c>, plus the trigger, sentence, date range and rule that make each event traceable. <c>source</c> is
/// null when the sentence does not say who acted, <c>target</c> when it names no target. Issue 8 adds, after
/// <c>rule</c>: each side's ACLED actor type (<c>source_category</c>/<c>target_category</c>: <c>{"inter","name"}</c> or
/// null when uncategorised), whether it is a generic actor (<c>source_generic</c>) and the rule that decided them
/// (<c>source_rule</c>); <c>acled</c> (<c>{"event_type","sub_event_type","disorder_type","case_label","confidence",
/// "rule","actor_categories":{"source","target"}}</c> with ACLED's display names, or null), <c>fatalities</c> and
/// <c>injuries</c> (<c>{"count","start","end","text","vague","rule"}</c>, or null when the sentence states none). Issue
/// 10 point 3 adds <c>asserted_by</c>: <c>{"kind","name","actor","span":{"start","end","text"},"quote","medium","rule"}</c>
/// (kind <c>reporter</c>, <c>speaker</c>, <c>anonymous</c> or <c>document</c>; span and quote null when there are none),
/// or null for an event stored before the assertion layer.
/// </summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter writer, Document doc)
    {
        writer.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            writer.WriteStartObject();
            WriteFields(writer, doc, e);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the fields of one event object (without its braces).</summary>
    public static void WriteFields(Utf8JsonWriter writer, Document doc, DocumentEvent e)
    {
        JsonlExporter.WriteNullable(writer, "source", e.Source?.Code.Value);
        JsonlExporter.WriteNullable(writer, "source_name", e.Source?.Name);
        JsonlExporter.WriteNullable(writer, "target", e.Target?.Code.Value);
        JsonlExporter.WriteNullable(writer, "target_name", e.Target?.Name);
        writer.WriteString("cameo", e.Code.Value);
        writer.WriteString("root", e.Root.Value);
        writer.WriteNumber("quad", (int)e.QuadClass);
        writer.WriteNumber("goldstein", e.Goldstein);
        JsonlExporter.WriteNullable(writer, "plover", e.Plover == PloverCategory.None ? null : ContractNames.Of(e.Plover));
        JsonlExporter.WriteNullable(writer, "date", e.Date?.ToString());
        if (e.Date is { } date)
        {
            writer.WriteStartObject("date_range");
            writer.WriteString("start", date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("end", date.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
            writer.WriteString("rule", date.Rule);
            writer.WriteEndObject();
        }

        PlacesJson.WriteEventPlace(writer, e.Place);
        writer.WriteStartObject("evidence");
        JsonlExporter.WriteSpan(writer, doc, e.Evidence);
        writer.WriteEndObject();
        writer.WriteStartObject("trigger");
        JsonlExporter.WriteSpan(writer, doc, e.Trigger);
        writer.WriteEndObject();
        writer.WriteStartObject("sentence");
        writer.WriteNumber("start", e.Sentence.Start);
        writer.WriteNumber("end", e.Sentence.End);
        writer.WriteEndObject();
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteBoolean("paired", e.Paired);
        writer.WriteString("rule", e.Rule);
        WriteActorTyping(writer, "source", e.Source);
        WriteActorTyping(writer, "target", e.Target);
        WriteAcled(writer, e);
        WriteCasualties(writer, doc, "fatalities", e.Fatalities);
        WriteCasualties(writer, doc, "injuries", e.Injuries);
        WriteAssertion(writer, doc, e.AssertedBy);
    }

    /// <summary>Writes <c>"asserted_by": {"kind","name","actor","span","quote","medium","rule"}</c>, or null.</summary>
    public static void WriteAssertion(Utf8JsonWriter writer, Document doc, Assertion? assertion) =>
        WriteAssertion(writer, assertion, assertion?.Span is { } span ? doc.TextOf(span) : null);

    /// <summary>
    /// Writes <c>"asserted_by"</c> as <see cref="WriteAssertion(Utf8JsonWriter, Document, Assertion?)"/> does, given the
    /// asserter's words already read (a merged event's mention, whose document is not loaded).
    /// </summary>
    public static void WriteAssertion(Utf8JsonWriter writer, Assertion? assertion, string? spanText)
    {
        if (assertion is null)
        {
            writer.WriteNull("asserted_by");
            return;
        }

        writer.WriteStartObject("asserted_by");
        writer.WriteString("kind", assertion.Kind.ToString().ToLowerInvariant());
        JsonlExporter.WriteNullable(writer, "name", assertion.Name);
        JsonlExporter.WriteNullable(writer, "actor", assertion.Actor?.Value);
        if (assertion.Span is { } span)
        {
            writer.WriteStartObject("span");
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            JsonlExporter.WriteNullable(writer, "text", spanText);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("span");
        }

        if (assertion.Quote is { } quote)
        {
            writer.WriteNumber("quote", quote);
        }
        else
        {
            writer.WriteNull("quote");
        }

        JsonlExporter.WriteNullable(writer, "medium", assertion.Medium);
        writer.WriteString("rule", assertion.Rule);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"name": {"inter": 1, "name": "State forces"}</c>, or null for no actor or <see cref="AcledActorCategory.None"/>.</summary>
    public static void WriteCategory(Utf8JsonWriter writer, string name, AcledActorCategory? category)
    {
        if (category is not { } c || c == AcledActorCategory.None)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("inter", (int)c);
        writer.WriteString("name", AcledNames.Of(c));
        writer.WriteEndObject();
    }

    private static void WriteActorTyping(Utf8JsonWriter writer, string side, EventActor? actor)
    {
        WriteCategory(writer, side + "_category", actor?.Category);
        if (actor is null)
        {
            writer.WriteNull(side + "_generic");
        }
        else
        {
            writer.WriteBoolean(side + "_generic", actor.Generic);
        }

        JsonlExporter.WriteNullable(writer, side + "_rule", actor?.Rule);
    }

    private static void WriteAcled(Utf8JsonWriter writer, DocumentEvent e)
    {
        if (e.Acled is not { } a)
        {
            writer.WriteNull("acled");
            return;
        }

        writer.WriteStartObject("acled");
        JsonlExporter.WriteNullable(writer, "event_type", a.EventType is { } t ? AcledNames.Of(t) : null);
        JsonlExporter.WriteNullable(writer, "sub_event_type", a.SubEventType is { } s ? AcledNames.Of(s) : null);
        JsonlExporter.WriteNullable(writer, "disorder_type", a.DisorderType is { } d ? AcledNames.Of(d) : null);
        JsonlExporter.WriteNullable(writer, "case_label", a.CaseLabel == CaseLabel.None ? null : a.CaseLabel.ToString());
        writer.WriteNumber("confidence", a.Confidence);
        writer.WriteBoolean("reported", a.Reported);
        writer.WriteString("rule", a.Rule);
        writer.WriteStartObject("actor_categories");
        WriteCategory(writer, "source", e.Source?.Category);
        WriteCategory(writer, "target", e.Target?.Category);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCasualties(Utf8JsonWriter writer, Document doc, string name, CasualtyCount? count)
    {
        if (count is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("count", count.Count);
        JsonlExporter.WriteSpan(writer, doc, count.Span);
        writer.WriteBoolean("vague", count.Vague);
        writer.WriteString("rule", count.Rule);
        writer.WriteEndObject();
    }
}
