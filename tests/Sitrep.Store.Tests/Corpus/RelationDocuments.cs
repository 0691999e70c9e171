using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>Hand-built documents whose only layer is alignments, one sentence each ("TUR backs LBYGOV against LBYMIL.").</summary>
internal static class RelationDocuments
{
    public static Document Doc(string id, string? date, string? source, params (string Backer, string Backed, string? Opposed)[] edges)
    {
        var text = new StringBuilder("Preamble. ");
        var alignments = new List<Alignment>();
        foreach (var (backer, backed, opposed) in edges)
        {
            var start = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{backer} backs {backed}");
            var evidenceEnd = text.Length;
            text.Append(opposed is null ? "." : $" against {opposed}.");
            alignments.Add(new Alignment(
                ActorCode.Parse(backer), ActorCode.Parse(backed), opposed is null ? null : ActorCode.Parse(opposed),
                new TextSpan(start, evidenceEnd), new TextSpan(start, text.Length), "verb"));
            text.Append(' ');
        }

        var metadata = new DocumentMetadata { Date = date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), Source = source };
        return new Document(id, text.ToString(), metadata) { Layers = [LayerKind.Alignments], Alignments = [.. alignments] };
    }

    /// <summary>Every field of every relation and report, one line each: equal renderings are equal answers.</summary>
    public static string Render(IEnumerable<Relation> relations) =>
        string.Join('\n', relations.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Edge} {r.First} {r.Last} docs={r.Documents} sources={r.Sources} stale={r.Stale}: ")
            + string.Join(" | ", r.Evidence.Select(e => $"{e.DocumentId}@{e.Date}/{e.Source} {e.Evidence.Start}-{e.Evidence.End} [{e.SentenceText}] {e.Rule}"))));
}
