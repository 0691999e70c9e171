using Sitrep.Extraction.Events.Casualties;

namespace Sitrep.Extraction.Tests.Events.Casualties;

/// <summary>Compact renderings of casualty statements for table tests: <c>K=6 I=5~</c> (killed 6, injured 5 by a convention).</summary>
internal static class CasualtyRendering
{
    /// <summary>Reads <paramref name="text"/> and renders its statements in text order.</summary>
    public static string Render(string text) => Render(CasualtyReader.Read(text));

    /// <summary>Renders statements: kind, count, and <c>~</c> when vague.</summary>
    public static string Render(IEnumerable<CasualtyStatement> statements) =>
        string.Join(' ', statements.Select(s => $"{(s.Kind == CasualtyKind.Killed ? 'K' : 'I')}={s.Count.Count}{(s.Count.Vague ? "~" : "")}"));
}
