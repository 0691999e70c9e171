using System.Text;
using Sitrep.Core.Diagnostics;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Reads a CSV corpus (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and doubled
/// quotes). The header row names the columns; <c>id</c> and <c>text</c> are required, <c>date</c>, <c>title</c>,
/// <c>url</c>, <c>source</c> optional, others ignored — the same record rules as JSONL (<see cref="CorpusRecord"/>).
/// A bad row is a failure naming file and line; the other rows go on. Streams: a large corpus never sits in memory.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>What an invalid UTF-8 sequence decodes to while reading.</summary>
    internal const char InvalidMarker = '\uFFFF';

    /// <summary>Reads every record of a CSV stream.</summary>
    /// <param name="source">File path: failures are named <c>source:line</c> (the line where the row starts).</param>
    /// <param name="fallbackId">Id used for a failure that concerns the whole file.</param>
    /// <param name="stream">The bytes; must be UTF-8.</param>
    /// <param name="options">Limits: <see cref="ReaderOptions.MaxBytes"/> applies per row, in characters.</param>
    public static IEnumerable<InputItem> Read(string source, string fallbackId, Stream stream, ReaderOptions options)
    {
        // Invalid bytes decode to U+FFFF (a noncharacter), so that only the rows holding them fail, not the whole file.
        var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        utf8.DecoderFallback = new DecoderReplacementFallback(InvalidMarker.ToString());
        using var reader = new StreamReader(stream, utf8, detectEncodingFromByteOrderMarks: true);
        var rows = ReadRows(reader, options.MaxBytes).GetEnumerator();
        using (rows)
        {
            Dictionary<string, int>? columns = null;
            while (true)
            {
                if (!rows.MoveNext())
                {
                    break;
                }

                var row = rows.Current;
                var where = $"{source}:{row.Line}";
                if (row.Error is { } error)
                {
                    yield return InputItem.Failed(where, $"{fallbackId}:{row.Line}", error.Code, $"line {row.Line}: {error.Reason}");
                    continue;
                }

                if (columns is null)
                {
                    columns = Header(row.Fields);
                    if (!columns.ContainsKey("id") || !columns.ContainsKey("text"))
                    {
                        yield return InputItem.Failed(source, fallbackId, DiagnosticCode.BadRecord, "the header row must name an 'id' and a 'text' column");
                        yield break;
                    }

                    continue;
                }

                if (row.Fields.Count == 1 && row.Fields[0].Length == 0)
                {
                    continue; // blank line
                }

                if (row.Fields.Count != columns.Count)
                {
                    yield return InputItem.Failed(where, $"{fallbackId}:{row.Line}", DiagnosticCode.BadRecord, $"line {row.Line}: {row.Fields.Count} fields, the header has {columns.Count}");
                    continue;
                }

                string? Field(string name) => columns.TryGetValue(name, out var i) ? row.Fields[i] : null;
                var id = Field("id");
                if (string.IsNullOrWhiteSpace(id))
                {
                    yield return InputItem.Failed(where, $"{fallbackId}:{row.Line}", DiagnosticCode.BadRecord, $"line {row.Line}: 'id' is empty");
                    continue;
                }

                yield return CorpusRecord.ToItem(where, row.Line, id, Field("text")!, Field("date"), Field("title"), Field("url"), Field("source"));
            }
        }
    }

    private static Dictionary<string, int> Header(List<string> fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            columns.TryAdd(fields[i].Trim(), i);
        }

        return columns;
    }

    /// <summary>Splits the text into rows of fields (RFC 4180), each with the line it starts on.</summary>
    internal static IEnumerable<CsvRow> ReadRows(TextReader reader, long maxChars)
    {
        var line = 1;
        while (reader.Peek() >= 0)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            long size = 0;
            string? error = null;
            var invalid = false;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    if (quoted)
                    {
                        error ??= "a quoted field is never closed";
                    }

                    break;
                }

                if (++size > maxChars)
                {
                    error ??= $"row longer than the limit of {maxChars} characters";
                }

                if (c == InvalidMarker)
                {
                    invalid = true;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            Append(field, '"', error);
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        Append(field, (char)c, error);
                    }

                    continue;
                }

                if (c == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                }
                else if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    line++;
                    break;
                }
                else
                {
                    Append(field, (char)c, error);
                    atFieldStart = false;
                }
            }

            fields.Add(field.ToString());
            yield return invalid ? new CsvRow(start, [], (DiagnosticCode.NotUtf8, "not valid UTF-8"))
                : error is null ? new CsvRow(start, fields, null)
                : new CsvRow(start, [], (DiagnosticCode.BadRecord, error));
        }
    }

    // Past the size limit the row is already failed: stop growing the buffer.
    private static void Append(StringBuilder field, char c, string? error)
    {
        if (error is null)
        {
            field.Append(c);
        }
    }
}
