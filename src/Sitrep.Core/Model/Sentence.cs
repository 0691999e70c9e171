namespace Sitrep.Core.Model;

/// <summary>A sentence of body text.</summary>
/// <param name="Span">Where the sentence lies in <see cref="Document.Text"/>, from its first to its last token.</param>
/// <param name="FirstToken">Index in <see cref="Document.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="Paragraph">Zero-based index of the body paragraph holding the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index after the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
