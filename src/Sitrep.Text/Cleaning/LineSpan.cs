using Sitrep.Core.Model;

namespace Sitrep.Text.Cleaning;

/// <summary>A line of raw text: its full span (without the line break) and its span trimmed of white space.</summary>
internal readonly record struct LineSpan(TextSpan Full, TextSpan Trimmed)
{
    public static IEnumerable<LineSpan> Enumerate(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            var ts = start;
            while (ts < contentEnd && char.IsWhiteSpace(text[ts]))
            {
                ts++;
            }

            var te = contentEnd;
            while (te > ts && char.IsWhiteSpace(text[te - 1]))
            {
                te--;
            }

            yield return new LineSpan(new TextSpan(start, contentEnd), new TextSpan(ts, te));
            if (nl < 0)
            {
                yield break;
            }

            start = nl + 1;
        }
    }
}
