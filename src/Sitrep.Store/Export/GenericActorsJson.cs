using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// The <c>generic_actors</c> array of the JSON export (issue 8 point 1): <c>{"start","end","text","head":{"start","end",
/// "text"},"code","category":{"inter","name"},"name","country","rule"}</c>, offsets into the document's raw <c>text</c>;
/// <c>category</c> is null when uncategorised, <c>country</c> (ISO 3166 alpha-3) when the phrase names none.
/// </summary>
internal static class GenericActorsJson
{
    public static void Write(Utf8JsonWriter writer, Document doc)
    {
        writer.WriteStartArray("generic_actors");
        foreach (var a in doc.GenericActors)
        {
            writer.WriteStartObject();
            JsonlExporter.WriteSpan(writer, doc, a.Span);
            writer.WriteStartObject("head");
            JsonlExporter.WriteSpan(writer, doc, a.Head);
            writer.WriteEndObject();
            writer.WriteString("code", a.Code.Value);
            EventJson.WriteCategory(writer, "category", a.Category);
            writer.WriteString("name", a.Name);
            JsonlExporter.WriteNullable(writer, "country", a.Country);
            writer.WriteString("rule", a.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
