namespace Sitrep.Core.Diagnostics;

/// <summary>
/// The catalogue of stable diagnostic codes (STYLE §2: one catalogue, like spaCy's numbered <c>Errors</c>).
/// Numbers never change meaning; new codes are appended. <see cref="DiagnosticCatalog"/> gives each its text.
/// </summary>
public enum DiagnosticCode
{
    /// <summary>SR1001: the input is empty or holds only white space.</summary>
    EmptyInput = 1001,

    /// <summary>SR1002: the input is not valid UTF-8.</summary>
    NotUtf8 = 1002,

    /// <summary>SR1003: the input looks binary (NUL or many control bytes).</summary>
    BinaryInput = 1003,

    /// <summary>SR1004: the input exceeds the size limit.</summary>
    TooLarge = 1004,

    /// <summary>SR1005: a JSONL line is not a JSON object, or lacks a usable <c>id</c> or <c>text</c>.</summary>
    BadRecord = 1005,

    /// <summary>SR1006: the file type is not one Sitrep reads.</summary>
    UnsupportedFormat = 1006,

    /// <summary>SR1007: the HTML page has no extractable article text.</summary>
    NoArticleText = 1007,

    /// <summary>SR1008: the input does not exist or could not be read (permissions, I/O error).</summary>
    InputUnreadable = 1008,

    /// <summary>SR1101: a date header or <c>date</c> field could not be parsed.</summary>
    BadDate = 1101,

    /// <summary>SR1102: the document has no publication date; relative dates cannot be resolved.</summary>
    MissingDate = 1102,

    /// <summary>SR1201: a sentence exceeded the token limit and was cut.</summary>
    SentenceTooLong = 1201,

    /// <summary>SR1301: a quotation mark was never closed; the quote runs to the end of its paragraph.</summary>
    UnclosedQuote = 1301,

    /// <summary>SR1302: a quote has no speaker that could be found.</summary>
    UnattributedQuote = 1302,

    /// <summary>SR1901: a stage failed on this document.</summary>
    StageFailed = 1901,
}
