using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Evaluation;

/// <summary>Hand-built events for the CASE and IndiaPoliceEvents scorer tests.</summary>
internal static class EvalEvents
{
    /// <summary>An event with its trigger and evidence at <paramref name="start"/> (two characters long).</summary>
    public static DocumentEvent Event(
        string code,
        int start,
        CaseLabel? label = null,
        double acledConfidence = 0.5,
        double confidence = 0.5,
        string? source = null,
        int? fatalities = null)
    {
        var span = new TextSpan(start, start + 2);
        return new DocumentEvent(
            source is null ? null : new EventActor(ActorCode.Parse(source), source, span, null),
            null,
            EventCode.Parse(code),
            0,
            PloverCategory.Agree,
            span,
            span,
            span,
            null,
            confidence,
            "test",
            false)
        {
            Acled = label is null ? null : new AcledCoding(null, null, null, label.Value, acledConfidence, "test"),
            Fatalities = fatalities is null ? null : new CasualtyCount(fatalities.Value, span, false, "test"),
        };
    }

    /// <summary>A document of <paramref name="length"/> spaces holding <paramref name="events"/>.</summary>
    public static Document Document(int length, params DocumentEvent[] events) =>
        new Document("d", new string(' ', length)) { Events = [.. events] };
}
