using System.Collections.Immutable;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Builds article text word by word, with paragraphs separated by blank lines, and a <see cref="SourceMap"/> that
/// locates each word in the raw HTML (STYLE A3). Words are searched forward from a cursor in the page's text content
/// (never inside a tag); a word the page spells differently (an entity such as <c>&amp;amp;</c>) gets no segment.
/// </summary>
internal sealed class HtmlTextBuilder
{
    private readonly string _raw;
    private readonly StringBuilder _text = new();
    private readonly List<SourceSegment> _segments = [];
    private int _cursor;
    private bool _pendingSpace;
    private bool _pendingBreak;

    /// <summary>Creates a builder over the raw page, searching from its <c>&lt;body</c> when it has one.</summary>
    public HtmlTextBuilder(string raw)
    {
        _raw = raw;
        var body = raw.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        _cursor = body < 0 ? 0 : body;
    }

    /// <summary>Length of the text built so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends the words of a text node; white space collapses to one space.</summary>
    public void AppendTextNode(string data)
    {
        var i = 0;
        while (i < data.Length)
        {
            if (char.IsWhiteSpace(data[i]))
            {
                _pendingSpace = true;
                i++;
                continue;
            }

            var start = i;
            while (i < data.Length && !char.IsWhiteSpace(data[i]))
            {
                i++;
            }

            AppendWord(data[start..i]);
        }
    }

    /// <summary>Ends the current paragraph: the next word starts after a blank line.</summary>
    public void Break()
    {
        if (_text.Length > 0)
        {
            _pendingBreak = true;
        }
    }

    /// <summary>The text and its map back to the raw page.</summary>
    public (string Text, SourceMap Map) Build() => (_text.ToString(), new SourceMap([.. _segments]));

    private void AppendWord(string word)
    {
        if (_text.Length > 0)
        {
            if (_pendingBreak)
            {
                _text.Append("\n\n");
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }
        }

        _pendingBreak = false;
        _pendingSpace = false;
        var textStart = _text.Length;
        _text.Append(word);
        var found = Locate(word);
        if (found < 0)
        {
            return;
        }

        _cursor = found + word.Length;
        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            var textGap = textStart - (last.TextStart + last.Length);
            var rawGap = found - (last.OriginalStart + last.Length);

            // Merge runs that are copied verbatim, including one shared separator character.
            if (textGap == rawGap && textGap <= 1 && (textGap == 0 || _text[textStart - 1] == _raw[found - 1]))
            {
                _segments[^1] = last with { Length = last.Length + textGap + word.Length };
                return;
            }
        }

        _segments.Add(new SourceSegment(textStart, found, word.Length));
    }

    private int Locate(string word)
    {
        var from = _cursor;
        while (from < _raw.Length)
        {
            var at = _raw.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (InTextContent(at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private bool InTextContent(int index)
    {
        var lt = index == 0 ? -1 : _raw.LastIndexOf('<', index - 1);
        var gt = index == 0 ? -1 : _raw.LastIndexOf('>', index - 1);
        return gt >= lt;
    }
}
