using Sitrep.Core.Model;

namespace Sitrep.Text.Syntax;

/// <summary>Lays out a CoNLL-U sentence's word forms as one text with a span per word, the shape <see cref="SyntaxModel.Analyze"/> takes.</summary>
public static class ConlluWords
{
    /// <summary>Joins the forms with single spaces; <paramref name="spans"/> receives each word's span.</summary>
    public static string Text(ConlluSentence sentence, out TextSpan[] spans)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        spans = new TextSpan[sentence.Tokens.Length];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < spans.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(sentence.Tokens[i].Form);
            spans[i] = new TextSpan(start, text.Length);
        }

        return text.ToString();
    }
}
