using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Store.Events;

namespace Sitrep.Store.Export;

/// <summary>
/// One mention as a CSV row in the columns of GDELT 2.0's Mentions table (issue 10 point 7), then Sitrep's evidence
/// columns. Filled from what Sitrep has: <c>EventTimeDate</c> is the merged event's first report and
/// <c>MentionTimeDate</c> the article's date (both YYYYMMDD000000: Sitrep knows days, not GDELT's 15-minute slots);
/// <c>MentionType</c> 1 (web) when the article has a URL, else 2 (citation only); <c>MentionSourceName</c> the
/// article's outlet; <c>MentionIdentifier</c> its URL, else its document id; <c>SentenceID</c> the 1-based sentence;
/// the three char offsets are UTF-16 offsets of the source, target (−1 when none, as GDELT) and trigger;
/// <c>Confidence</c> the coder's confidence in percent; <c>MentionDocLen</c> the text's length in characters. Left
/// empty, for want of a counterpart: <c>InRawText</c>, <c>MentionDocTone</c>, <c>MentionDocTranslationInfo</c>, <c>Extras</c>.
/// </summary>
public static class GdeltMentionRow
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
        "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
        "MentionDocTranslationInfo", "Extras",
        "DocumentID", "EventPosition", "EventCode", "EvidenceStart", "EvidenceEnd", "EvidenceText", "Rule",
    ];

    /// <summary>The row of event <paramref name="index"/> of <paramref name="doc"/>, a mention of <paramref name="merged"/> (null: none known).</summary>
    public static string?[] Of(Document doc, int index, MergedEvent? merged)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var e = doc.Events[index];
        var sentence = -1;
        for (var i = 0; i < doc.Sentences.Length && sentence < 0; i++)
        {
            if (doc.Sentences[i].Span.Contains(e.Evidence))
            {
                sentence = i + 1;
            }
        }

        return
        [
            merged?.Id.ToString(CultureInfo.InvariantCulture),
            merged?.FirstReport is { } first ? Stamp(first) : null,
            doc.Metadata.Date is { } date ? Stamp(date) : null,
            doc.Metadata.Url is null ? "2" : "1",
            doc.Metadata.Source,
            doc.Metadata.Url ?? doc.Id,
            sentence > 0 ? N(sentence) : null,
            N(e.Source?.Span.Start ?? -1),
            N(e.Target?.Span.Start ?? -1),
            N(e.Trigger.Start),
            null,
            N((int)Math.Round(e.Confidence * 100)),
            N(doc.Text.Length),
            null,
            null,
            null,
            doc.Id,
            N(index + 1),
            e.Code.Value,
            N(e.Evidence.Start),
            N(e.Evidence.End),
            doc.TextOf(e.Evidence),
            e.Rule,
        ];
    }

    private static string Stamp(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
