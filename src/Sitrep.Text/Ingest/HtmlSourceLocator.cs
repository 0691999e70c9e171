using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Locates text nodes in the raw page from AngleSharp's source positions (issue 9 point 10). A page parsed with
/// <c>HtmlParserOptions.IsKeepingSourceReferences</c> knows where each element's start tag begins; <see cref="Stamp"/>
/// writes that offset on the element as an attribute, so it survives SmartReader, which moves nodes and, on a short
/// page, rebuilds the tree from serialised HTML. <see cref="Locate"/> then walks the extracted tree: a text node lies
/// after the start tag of the element before it in document order, past any end tags and comments; from that anchor
/// its data is aligned with the raw characters: verbatim characters become runs, character references
/// (<c>&amp;amp;</c>) and carriage returns are stepped over. Words are never searched for, so a word that also occurs
/// in the navigation maps to its own place.
/// </summary>
internal static class HtmlSourceLocator
{
    /// <summary>The attribute that carries an element's start-tag offset in the raw page.</summary>
    public const string SourceAttribute = "data-sitrep-source";

    /// <summary>Longest character reference name tried (the longest HTML5 name has 31 characters).</summary>
    public const int MaxReferenceLength = 40;

    /// <summary>
    /// Writes on each element of <paramref name="page"/> the offset of its start tag in <paramref name="raw"/> (UTF-16
    /// index), from the parser's source reference; elements the parser implied get none.
    /// </summary>
    public static void Stamp(string raw, IDocument page)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(page);
        foreach (var element in page.All)
        {
            // TextPosition.Index is 0-based (Position is 1-based).
            if (element.SourceReference is { } source && source.Position.Index is var at && at >= 0 && at < raw.Length && raw[at] == '<')
            {
                element.SetAttribute(SourceAttribute, at.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// The runs of every text node under <paramref name="root"/> (a tree stamped by <see cref="Stamp"/>), keyed by node
    /// identity. A text node before any stamped element gets no runs; one whose data cannot be aligned from some
    /// character on keeps the runs before it, and the next stamped element sets the cursor again.
    /// </summary>
    public static IReadOnlyDictionary<IText, ImmutableArray<HtmlTextRun>> Locate(string raw, IElement root)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(root);
        var result = new Dictionary<IText, ImmutableArray<HtmlTextRun>>(ReferenceEqualityComparer.Instance);
        var cursor = Anchor(raw, root) ?? -1;
        foreach (var node in root.GetDescendants())
        {
            switch (node)
            {
                case IElement element when Anchor(raw, element) is { } at:
                    cursor = at;
                    break;
                case IText text when cursor >= 0:
                    result[text] = Align(raw, ref cursor, text);
                    break;
            }
        }

        return result;
    }

    /// <summary>The offset just past the element's start tag, when it carries a valid stamp.</summary>
    private static int? Anchor(string raw, IElement element) =>
        int.TryParse(element.GetAttribute(SourceAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at < raw.Length && raw[at] == '<'
            ? SkipMarkup(raw, at)
            : null;

    private static ImmutableArray<HtmlTextRun> Align(string raw, ref int cursor, IText text)
    {
        var parent = text.ParentElement?.LocalName;
        var rawText = parent is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext";
        var c = cursor;
        if (!rawText && parent is not ("textarea" or "title"))
        {
            while (c < raw.Length && raw[c] == '<' && IsMarkupStart(raw, c))
            {
                c = SkipMarkup(raw, c);
            }
        }

        var data = text.Data;
        if (parent is "pre" or "listing" or "textarea" && text.PreviousSibling is null)
        {
            // The parser drops a newline right after these start tags (HTML5 §13.2.6.4.7).
            c += c < raw.Length && raw[c] == '\n' ? 1 : c + 1 < raw.Length && raw[c] == '\r' && raw[c + 1] == '\n' ? 2 : 0;
        }

        var runs = ImmutableArray.CreateBuilder<HtmlTextRun>();
        int i = 0, runData = 0, runRaw = 0, runLength = 0;
        while (i < data.Length && c < raw.Length)
        {
            var r = raw[c];
            if (r == '&' && !rawText && TryReference(raw, c, out var length, out var value)
                && string.CompareOrdinal(data, i, value, 0, value.Length) == 0)
            {
                i += value.Length;
                c += length;
                continue;
            }

            if (r == data[i])
            {
                if (runLength > 0 && runData + runLength == i && runRaw + runLength == c)
                {
                    runLength++;
                }
                else
                {
                    Flush();
                    (runData, runRaw, runLength) = (i, c, 1);
                }

                i++;
                c++;
                continue;
            }

            if (r == '\r' && data[i] == '\n')
            {
                // CR LF and a lone CR both become LF in the data (HTML5 §13.2.3.5): the LF of a pair matches next.
                if (c + 1 >= raw.Length || raw[c + 1] != '\n')
                {
                    i++;
                }

                c++;
                continue;
            }

            break;
        }

        Flush();
        cursor = c;
        return runs.ToImmutable();

        void Flush()
        {
            if (runLength > 0)
            {
                runs.Add(new HtmlTextRun(runData, runRaw, runLength));
                runLength = 0;
            }
        }
    }

    private static bool IsMarkupStart(string raw, int at) =>
        at + 1 < raw.Length && (char.IsAsciiLetter(raw[at + 1]) || raw[at + 1] is '/' or '!' or '?');

    /// <summary>The offset just past the tag, comment or declaration that starts at <paramref name="at"/> ('&lt;').</summary>
    private static int SkipMarkup(string raw, int at)
    {
        if (string.CompareOrdinal(raw, at, "<!--", 0, 4) == 0)
        {
            var end = raw.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return end < 0 ? raw.Length : end + 3;
        }

        var j = at + 1;
        while (j < raw.Length)
        {
            var ch = raw[j];
            if (ch == '>')
            {
                return j + 1;
            }

            if (ch is '"' or '\'' && raw[j - 1] is '=' or ' ' or '\t' or '\n' or '\r')
            {
                // A quoted attribute value may hold '>'.
                var close = raw.IndexOf(ch, j + 1);
                j = close < 0 ? raw.Length : close + 1;
                continue;
            }

            j++;
        }

        return raw.Length;
    }

    /// <summary>Reads a character reference at <paramref name="at"/> ('&amp;'): its raw length and decoded value.</summary>
    private static bool TryReference(string raw, int at, out int length, out string value)
    {
        length = 0;
        value = string.Empty;
        var j = at + 1;
        if (j < raw.Length && raw[j] == '#')
        {
            var hex = j + 1 < raw.Length && raw[j + 1] is 'x' or 'X';
            j += hex ? 2 : 1;
            var digits = j;
            var code = 0;
            while (j < raw.Length && j - digits < 7 && (hex ? char.IsAsciiHexDigit(raw[j]) : char.IsAsciiDigit(raw[j])))
            {
                var digit = raw[j] <= '9' ? raw[j] - '0' : (raw[j] | 0x20) - 'a' + 10;
                code = (code * (hex ? 16 : 10)) + digit;
                j++;
            }

            if (j == digits)
            {
                return false;
            }

            length = j - at + (j < raw.Length && raw[j] == ';' ? 1 : 0);
            value = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
            return true;
        }

        while (j < raw.Length && j - at <= MaxReferenceLength && char.IsAsciiLetterOrDigit(raw[j]))
        {
            j++;
        }

        var name = raw[(at + 1)..j];
        if (name.Length == 0)
        {
            return false;
        }

        if (j < raw.Length && raw[j] == ';' && HtmlEntityProvider.Resolver.GetSymbol(name + ";") is { Length: > 0 } symbol)
        {
            (length, value) = (name.Length + 2, symbol);
            return true;
        }

        // Legacy references without a semicolon (&amp, &copy): the longest known prefix.
        for (var k = name.Length; k >= 2; k--)
        {
            if (HtmlEntityProvider.Resolver.GetSymbol(name[..k]) is { Length: > 0 } legacy)
            {
                (length, value) = (k + 1, legacy);
                return true;
            }
        }

        return false;
    }
}
