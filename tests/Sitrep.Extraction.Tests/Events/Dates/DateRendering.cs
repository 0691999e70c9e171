using Sitrep.Extraction.Events.Dates;

using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Compact rendering of resolver output for table tests: <c>on Monday=2020-01-06</c>, one entry per expression.</summary>
internal static class DateRendering
{
    public static string Render(string text, string articleDate, VerbTense tense = VerbTense.Unknown) =>
        string.Join("; ", DateResolver.Resolve(text, DateOnly.Parse(articleDate), tense).Select(e =>
            $"{e.Span.Of(text)}={(e.ToEventDate() is { } d ? d.ToString() : "?")}"));
}
