using System.Collections.Immutable;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Builds article text word by word, with paragraphs separated by blank lines, and a <see cref="SourceMap"/> that
/// locates each word in the raw HTML (STYLE A3). Each text node comes with its runs in the raw page
/// (<see cref="HtmlSourceLocator"/>, from AngleSharp's source positions); a word's characters map through those runs,
/// and characters the page spells differently (an entity such as <c>&amp;amp;</c>) get no segment of their own.
/// </summary>
internal sealed class HtmlTextBuilder(string raw)
{
    private readonly string _raw = raw;
    private readonly StringBuilder _text = new();
    private readonly List<SourceSegment> _segments = [];
    private bool _pendingSpace;
    private bool _pendingBreak;

    /// <summary>Length of the text built so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends the words of a text node; white space collapses to one space.</summary>
    /// <param name="data">The node's text (decoded).</param>
    /// <param name="runs">Where runs of <paramref name="data"/> lie in the raw page, ordered; empty when unknown.</param>
    public void AppendTextNode(string data, ImmutableArray<HtmlTextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(data);
        var run = 0;
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

            var textStart = AppendWord(data.AsSpan(start, i - start));

            // Words come in data order, so the run index only moves forward.
            while (run < runs.Length && runs[run].DataStart + runs[run].Length <= start)
            {
                run++;
            }

            for (var r = run; r < runs.Length && runs[r].DataStart < i; r++)
            {
                var from = Math.Max(start, runs[r].DataStart);
                var to = Math.Min(i, runs[r].DataStart + runs[r].Length);
                AddSegment(textStart + (from - start), runs[r].RawStart + (from - runs[r].DataStart), to - from);
            }
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

    private int AppendWord(ReadOnlySpan<char> word)
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
        return textStart;
    }

    private void AddSegment(int textStart, int rawStart, int length)
    {
        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            var textGap = textStart - (last.TextStart + last.Length);
            var rawGap = rawStart - (last.OriginalStart + last.Length);

            // Merge runs that are copied verbatim, including one shared separator character.
            if (textGap == rawGap && textGap is 0 or 1 && (textGap == 0 || _text[textStart - 1] == _raw[rawStart - 1]))
            {
                _segments[^1] = last with { Length = last.Length + textGap + length };
                return;
            }
        }

        _segments.Add(new SourceSegment(textStart, rawStart, length));
    }
}
