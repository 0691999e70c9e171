using Sitrep.Core.Diagnostics;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Turns paths into documents or per-input failures, never throwing for bad input (issue 2 points 2 and 7).
/// Paths may be files, directories (read recursively in ordinal order; hidden entries skipped) or <c>-</c> for stdin.
/// </summary>
public sealed class InputReader
{
    /// <summary>The path that means standard input.</summary>
    public const string StdinPath = "-";

    /// <summary>The start of the id of a document read from stdin: <c>stdin-</c> and the start of its content hash.</summary>
    public const string StdinId = "stdin";

    /// <summary>Hex digits of the SHA-256 of the bytes read that follow <c>stdin-</c> in a piped document's id.</summary>
    public const int StdinHashDigits = 12;

    private readonly Func<Stream> _openStdin;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits; <see cref="ReaderOptions.Default"/> when null.</param>
    /// <param name="openStdin">Opens standard input; the console's by default. Tests pass their own stream.</param>
    public InputReader(ReaderOptions? options = null, Func<Stream>? openStdin = null)
    {
        Options = options ?? ReaderOptions.Default;
        _openStdin = openStdin ?? Console.OpenStandardInput;
    }

    /// <summary>The limits in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>The format of a file, from its extension (case-insensitive).</summary>
    public static InputFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".TXT" => InputFormat.PlainText,
        ".HTML" or ".HTM" => InputFormat.Html,
        ".JSONL" => InputFormat.JsonLines,
        ".CSV" => InputFormat.Csv,
        _ => InputFormat.Unsupported,
    };

    /// <summary>
    /// Expands paths into the inputs to read, in a deterministic order: a directory becomes its files, recursively, sorted
    /// ordinally by path, skipping entries whose name starts with a dot and the licence and read-me files that sit beside
    /// corpora (<c>LICENSE</c>, <c>bbc-news-LICENSE.txt</c>, <c>README.md</c>; see <see cref="IsCorpusPaperwork"/>). Files,
    /// <c>-</c> and missing paths are kept as given, so such a file named outright is still read.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (path != StdinPath && Directory.Exists(path))
            {
                AddDirectory(path, result);
            }
            else
            {
                result.Add(path);
            }
        }

        return result;
    }

    /// <summary>Reads every input under <paramref name="paths"/>, in the order of <see cref="Expand"/>.</summary>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths)
    {
        foreach (var input in Expand(paths))
        {
            foreach (var item in ReadOne(input))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads one file, or stdin for <c>-</c>. Directories are not expanded here; use <see cref="Read"/>.</summary>
    public IEnumerable<InputItem> ReadOne(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return path == StdinPath ? ReadStdin() : ReadFile(path);
    }

    /// <summary>
    /// Reads a stream whose format is sniffed from its first non-blank byte: <c>{</c> is JSONL, <c>&lt;</c> is HTML, anything
    /// else is plain text. A text or HTML document gets the id <paramref name="id"/>, or by default one derived from its
    /// content (<see cref="StdinIdOf"/>), so two different articles piped in turn are two documents (issue 9 point 4);
    /// JSONL records keep their own ids.
    /// </summary>
    public IEnumerable<InputItem> ReadSniffed(Stream stream, string source, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var first = bytes.IndexOfAnyExcept(TextDecoder.Blank);
        id ??= StdinIdOf(bytes);
        if (first >= 0 && bytes[first] == (byte)'{')
        {
            buffer.Position = 0;
            return [.. JsonLinesReader.Read(source, id, buffer, Options)];
        }

        return first >= 0 && bytes[first] == (byte)'<'
            ? [HtmlReader.Read(source, id, bytes, Options)]
            : [PlainTextReader.Read(source, id, bytes, Options)];
    }

    /// <summary>
    /// The id of a document piped in as <paramref name="bytes"/>: <c>stdin-</c> and the first <see cref="StdinHashDigits"/>
    /// hex digits of the bytes' SHA-256, so the same article piped again keeps its id and another gets its own.
    /// </summary>
    public static string StdinIdOf(ReadOnlySpan<byte> bytes) =>
        StdinId + "-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..StdinHashDigits];

    private IEnumerable<InputItem> ReadStdin()
    {
        using var stdin = _openStdin();
        return ReadSniffed(stdin, "stdin", Options.StdinId);
    }

    private IEnumerable<InputItem> ReadFile(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(id))
        {
            id = path;
        }

        var format = FormatOf(path);
        if (format == InputFormat.Unsupported)
        {
            return [InputItem.Failed(path, id, DiagnosticCode.UnsupportedFormat, $"unsupported format '{Path.GetExtension(path)}': Sitrep reads .txt, .html, .htm, .jsonl and .csv")];
        }

        if (!File.Exists(path))
        {
            return [InputItem.Failed(path, id, DiagnosticCode.InputUnreadable, "not found: no such file or directory")];
        }

        return format is InputFormat.JsonLines or InputFormat.Csv ? ReadRecords(path, id, format) : [ReadWholeFile(path, id, format)];
    }

    private InputItem ReadWholeFile(string path, string id, InputFormat format)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > Options.MaxBytes)
            {
                var (code, reason) = TextDecoder.TooLarge(length, Options);
                return InputItem.Failed(path, id, code, reason);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputItem.Failed(path, id, DiagnosticCode.InputUnreadable, $"unreadable: {ex.Message}");
        }

        return format == InputFormat.Html
            ? HtmlReader.Read(path, id, bytes, Options)
            : PlainTextReader.Read(path, id, bytes, Options);
    }

    private IEnumerable<InputItem> ReadRecords(string path, string id, InputFormat format)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed(path, id, DiagnosticCode.InputUnreadable, $"unreadable: {ex.Message}")];
        }

        return ReadAndClose(stream, path, id, format);
    }

    private IEnumerable<InputItem> ReadAndClose(FileStream stream, string path, string id, InputFormat format)
    {
        using (stream)
        {
            var items = format == InputFormat.Csv ? CsvRecordReader.Read(path, id, stream, Options) : JsonLinesReader.Read(path, id, stream, Options);
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// True for a licence, notice or read-me file by its name: the first or last word of its name (split at <c>-</c>,
    /// <c>_</c>, <c>.</c> and spaces) is LICENSE, LICENCE, COPYING, NOTICE, README or CHANGELOG, in any case.
    /// </summary>
    public static bool IsCorpusPaperwork(string path)
    {
        var parts = Path.GetFileNameWithoutExtension(path).Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && (IsPaperworkWord(parts[0]) || IsPaperworkWord(parts[^1]));
    }

    private static bool IsPaperworkWord(string word) =>
        word.ToUpperInvariant() is "LICENSE" or "LICENCE" or "COPYING" or "NOTICE" or "README" or "CHANGELOG";

    private static void AddDirectory(string directory, List<string> result)
    {
        var files = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(directory, "*", options))
        {
            var relative = Path.GetRelativePath(directory, file);
            if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')) && !IsCorpusPaperwork(file))
            {
                files.Add(file);
            }
        }

        files.Sort(StringComparer.Ordinal);
        result.AddRange(files);
    }
}
