namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A content line of a TABARI/PETRARCH dictionary file, with comments removed.</summary>
/// <param name="Source">File name or other label, for error messages.</param>
/// <param name="Number">One-based line number.</param>
/// <param name="Text">The content, comment stripped, trimmed at the end; leading white space kept (it marks dated-code lines).</param>
public readonly record struct TabariLine(string Source, int Number, string Text)
{
    /// <summary>True when the line began with white space (a tab-indented <c>[CODE date]</c> line).</summary>
    public bool Indented => Text.Length > 0 && char.IsWhiteSpace(Text[0]);

    /// <summary>An exception naming this line.</summary>
    public TabariFormatException Error(string problem) => new(Source, Number, problem);

    /// <summary>
    /// Splits raw lines into content lines: drops blank lines, <c>#</c> comments (whole-line and trailing),
    /// <c>&lt;!-- … --&gt;</c> blocks (which may span lines) and ASCII control characters such as 0x1A.
    /// </summary>
    public static IEnumerable<TabariLine> Read(string source, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var number = 0;
        var inHtmlComment = false;
        foreach (var raw in lines)
        {
            number++;
            var text = StripControl(raw);
            if (inHtmlComment)
            {
                var close = text.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inHtmlComment = false;
                text = text[(close + 3)..];
            }

            var open = text.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    inHtmlComment = true;
                    text = text[..open];
                }
                else
                {
                    text = string.Concat(text.AsSpan(0, open), text.AsSpan(close + 3));
                }
            }

            var hash = text.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                text = text[..hash];
            }

            text = text.TrimEnd();
            if (text.Trim().Length == 0)
            {
                continue;
            }

            yield return new TabariLine(source, number, text);
        }
    }

    private static string StripControl(string raw)
    {
        foreach (var c in raw)
        {
            if (char.IsControl(c) && c != '\t')
            {
                return string.Concat(raw.Where(ch => !char.IsControl(ch) || ch == '\t'));
            }
        }

        return raw;
    }
}
