using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// Writes a document's <c>events</c> array of the export contract (issue 3 point 7): <c>{"source","source_name",
/// "target","target_name","cameo","root","quad","goldstein","plover","date","place","evidence":{"start","end","text"},
/// "confidence"}</c>, plus the trigger, sentence, date range and rule that make each event traceable. <c>source</c> is
/// null when the sentence does not say who acted, <c>target</c> when it names no target.
/// </summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter writer, Document doc)
    {
        writer.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            writer.WriteStartObject();
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
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
