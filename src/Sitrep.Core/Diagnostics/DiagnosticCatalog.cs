namespace Sitrep.Core.Diagnostics;

/// <summary>Human text for each <see cref="DiagnosticCode"/>.</summary>
public static class DiagnosticCatalog
{
    /// <summary>The stable identifier of a code, e.g. <c>SR1001</c>.</summary>
    public static string Id(DiagnosticCode code) => $"SR{(int)code}";

    /// <summary>A one-line description of what the code means.</summary>
    public static string Describe(DiagnosticCode code) => code switch
    {
        DiagnosticCode.EmptyInput => "input is empty",
        DiagnosticCode.NotUtf8 => "input is not valid UTF-8",
        DiagnosticCode.BinaryInput => "input looks binary, not text",
        DiagnosticCode.TooLarge => "input exceeds the size limit",
        DiagnosticCode.BadRecord => "record is not a JSON object with string 'id' and 'text'",
        DiagnosticCode.UnsupportedFormat => "file type is not supported (.txt, .html, .htm, .jsonl)",
        DiagnosticCode.NoArticleText => "page has no extractable article text",
        DiagnosticCode.InputUnreadable => "input does not exist or could not be read",
        DiagnosticCode.BadDate => "date could not be parsed",
        DiagnosticCode.MissingDate => "document has no publication date",
        DiagnosticCode.SentenceTooLong => "sentence cut at the token limit",
        DiagnosticCode.UnclosedQuote => "quotation mark never closed",
        DiagnosticCode.UnattributedQuote => "quote has no speaker",
        DiagnosticCode.StageFailed => "a pipeline stage failed",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown diagnostic code; add it to DiagnosticCatalog."),
    };
}
