using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>Words between a pair of double quotation marks inside one paragraph.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or the paragraph end when the quote is not closed in its paragraph.</param>
/// <param name="Inner">The quoted words, without the marks and surrounding white space.</param>
/// <param name="Paragraph">Index of the paragraph in <see cref="TextLayout.Paragraphs"/>.</param>
/// <param name="Unclosed">True when no closing mark was found in the paragraph.</param>
/// <param name="ContinuesInNextParagraph">True when unclosed and the next paragraph opens with a quotation mark: a quote running over paragraphs.</param>
internal sealed record QuotedSegment(int Open, int Close, TextSpan Inner, int Paragraph, bool Unclosed, bool ContinuesInNextParagraph)
{
    /// <summary>True when the quoted words end with a comma (<c>“…,” said X</c>): the attribution follows.</summary>
    public bool EndsWithComma(string text) => Inner.Length > 0 && text[Inner.End - 1] == ',';
}
