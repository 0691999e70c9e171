using Sitrep.Core.Model;

namespace Sitrep.Text.Ingest;

/// <summary>Reads a plain-text article: the document id is the file name without extension; the text is kept verbatim.</summary>
internal static class PlainTextReader
{
    /// <summary>Reads one text input from its bytes.</summary>
    /// <param name="source">File path or <c>stdin</c>, for messages.</param>
    /// <param name="id">Document id.</param>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="options">Limits.</param>
    public static InputItem Read(string source, string id, ReadOnlySpan<byte> bytes, ReaderOptions options) =>
        TextDecoder.TryDecode(bytes, options, out var text, out var code, out var reason)
            ? InputItem.Ok(source, new Document(id, text))
            : InputItem.Failed(source, id, code, reason);
}
