using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// Police tests (issue 8, IndiaPoliceEvents): a lower-case sentence behind a dateline, as the Times of India prints it,
/// dated in the corpus's month, through the default pipeline; and the codes of its events whose source is police.
/// </summary>
internal static class PoliceTestKit
{
    public static readonly DateOnly Date = new(2002, 3, 2);

    public static Document Analyse(string text, string dateline = "ahmedabad") =>
        Default.Process(new Document("ipe", dateline + ": " + text, new DocumentMetadata { Date = Date }));

    public static List<string> PoliceCodes(string text, string dateline = "ahmedabad") =>
        [.. Analyse(text, dateline).Events.Where(IpeEvaluator.IsPoliceSource).Select(e => e.Code.ToString())];
}
