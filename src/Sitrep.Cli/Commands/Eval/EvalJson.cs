using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Model;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// The machine-readable side of <c>sitrep eval case</c> and <c>eval ipe</c>: the report as one JSON object
/// (<c>--report</c>, snake_case fields, labels as the data sets spell them) and events in the error dumps (<c>--dump</c>).
/// </summary>
internal static class EvalJson
{
    // Relaxed escaping as in the JSONL export: rules hold '+' and '<', and the files are read by people.
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions ReportOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="file"/> as indented JSON.</summary>
    public static void WriteReport<T>(FileInfo file, T report)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var stream = File.Create(file.FullName);
        JsonSerializer.Serialize(stream, report, ReportOptions);
    }

    /// <summary>Writes one JSON object per item to <paramref name="file"/>, one line each.</summary>
    public static void WriteLines<T>(FileInfo file, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        using var stream = File.Create(file.FullName);
        foreach (var item in items)
        {
            using (var writer = new Utf8JsonWriter(stream, LineOptions))
            {
                write(writer, item);
            }

            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes an event with the words behind it, its rules and its ACLED coding, as one object.</summary>
    public static void WriteEvent(Utf8JsonWriter writer, Document doc, DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        writer.WriteString("code", e.Code.Value);
        WriteActor(writer, "source", e.Source);
        WriteActor(writer, "target", e.Target);
        writer.WriteString("trigger", doc.TextOf(e.Trigger));
        writer.WriteNumber("trigger_start", e.Trigger.Start);
        writer.WriteString("evidence", doc.TextOf(e.Evidence));
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteString("rule", e.Rule);
        if (e.Fatalities is { } f)
        {
            writer.WriteStartObject("fatalities");
            writer.WriteNumber("count", f.Count);
            writer.WriteString("text", doc.TextOf(f.Span));
            writer.WriteBoolean("vague", f.Vague);
            writer.WriteString("rule", f.Rule);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("fatalities");
        }

        if (e.Acled is { } a)
        {
            writer.WriteStartObject("acled");
            writer.WriteString("case_label", a.CaseLabel.ToString());
            writer.WriteString("sub_event_type", a.SubEventType?.ToString());
            writer.WriteNumber("confidence", a.Confidence);
            writer.WriteString("rule", a.Rule);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("acled");
        }

        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, EventActor? actor)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("code", actor.Code.Value);
        writer.WriteString("name", actor.Name);
        writer.WriteBoolean("generic", actor.Generic);
        writer.WriteString("category", actor.Category.ToString());
        writer.WriteEndObject();
    }
}
