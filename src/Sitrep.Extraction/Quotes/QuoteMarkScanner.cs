using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Pairs double quotation marks, curly (<c>“ ”</c>, <c>„</c>, <c>« »</c>) or straight (<c>"</c>), within each
/// paragraph. One pass over the text; no regex. Single quotes are left alone: they double as apostrophes.
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>The quoted segments of every paragraph, in text order.</summary>
    public static List<QuotedSegment> Scan(string text, TextLayout layout)
    {
        var segments = new List<QuotedSegment>();
        var paragraphs = layout.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var open = -1;
            for (var i = para.Start; i < para.End; i++)
            {
                var c = text[i];
                if (open < 0)
                {
                    if (IsOpening(c) || c == '"')
                    {
                        open = i;
                    }

                    continue;
                }

                if (c == '"' && text[open] == '"' && OpensNextPart(text, para, i))
                {
                    // A quote running over paragraphs whose line breaks were lost (the BBC texts): a straight mark after a
                    // sentence end and a space, before a word, reopens the quote; the part before it is left unclosed
                    // and runs on into the next part, as at a paragraph end (issue 9 point 7).
                    Add(text, segments, open, i, p, unclosed: true, continues: true);
                    open = i;
                }
                else if (IsClosing(c) || c == '"')
                {
                    Add(text, segments, open, i, p, unclosed: false, continues: false);
                    open = -1;
                }
                else if (IsOpening(c) && text[open] != '"')
                {
                    // A second opening mark before any closing one: the first quote was never closed.
                    Add(text, segments, open, i, p, unclosed: true, continues: OpensNextPart(text, para, i));
                    open = i;
                }
            }

            if (open >= 0)
            {
                // News style: a quote running over paragraphs reopens each new paragraph and closes only at its end.
                var continues = p + 1 < paragraphs.Count && (IsOpening(text[paragraphs[p + 1].Start]) || text[paragraphs[p + 1].Start] == '"');
                Add(text, segments, open, para.End, p, unclosed: true, continues);
            }
        }

        return segments;
    }

    // A straight mark at `at` opens a quote rather than closing one: white space before it, a word (or bracket) right
    // after it, and the words before it end a sentence.
    private static bool OpensNextPart(string text, TextSpan para, int at)
    {
        if (at + 1 >= para.End || !(char.IsLetterOrDigit(text[at + 1]) || text[at + 1] is '[' or '(' or '\'')
            || at - 1 < para.Start || !char.IsWhiteSpace(text[at - 1]))
        {
            return false;
        }

        var k = at - 1;
        while (k > para.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k] is '.' or '?' or '!' or '…';
    }

    /// <summary>True for an opening double quotation mark other than the straight one.</summary>
    public static bool IsOpening(char c) => c is '“' or '„' or '«';

    /// <summary>True for a closing double quotation mark other than the straight one.</summary>
    public static bool IsClosing(char c) => c is '”' or '»';

    /// <summary>True for any double quotation mark.</summary>
    public static bool IsMark(char c) => IsOpening(c) || IsClosing(c) || c == '"';

    private static void Add(string text, List<QuotedSegment> into, int open, int close, int paragraph, bool unclosed, bool continues)
    {
        var s = open + 1;
        var e = close;
        // Stray marks at the edges ("“ ”" mixed with straight quotes) are not part of what was said.
        while (s < e && (char.IsWhiteSpace(text[s]) || IsMark(text[s])))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || IsMark(text[e - 1])))
        {
            e--;
        }

        into.Add(new QuotedSegment(open, close, new TextSpan(s, e), paragraph, unclosed, continues));
    }
}
