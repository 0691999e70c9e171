using System.Collections.Immutable;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Sentences;

/// <summary>
/// Splits each body paragraph into sentences. Survives abbreviations (<c>Gen.</c>, <c>Jan.</c>), initials and
/// initialisms (<c>U.N.</c>), decimals, and quotes: a closing quote after the terminator stays with its sentence, and a
/// quote that runs over several sentences is split at its sentence ends. Sentences never cross paragraphs.
/// </summary>
public sealed class SentenceSplitter(SentenceSplitterOptions? options = null) : IStage
{
    private readonly SentenceSplitterOptions _options = options ?? new SentenceSplitterOptions();

    /// <inheritdoc />
    public string Name => "sentence-splitter.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Zones, LayerKind.Tokens];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Sentences];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var diagnostics = document.Diagnostics;
        var tokens = document.Tokens;
        var t = 0;
        var paragraph = 0;
        foreach (var zone in document.Zones)
        {
            if (zone.Kind != ZoneKind.Body)
            {
                continue;
            }

            while (t < tokens.Length && tokens[t].Span.Start < zone.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].Span.End <= zone.Span.End)
            {
                t++;
            }

            if (t > first)
            {
                var cut = Split(document.Text, tokens, first, t, paragraph, _options.MaxTokens, sentences);
                if (cut is { } span)
                {
                    diagnostics = diagnostics.Add(new Diagnostic(Name, DiagnosticCode.SentenceTooLong, Severity.Info, $"sentence longer than {_options.MaxTokens} tokens was cut", span));
                }

                paragraph++;
            }
        }

        return document with { Sentences = sentences.ToImmutable(), Diagnostics = diagnostics };
    }

    /// <summary>
    /// Splits tokens <c>[first, end)</c> of one paragraph into sentences (pure). Returns the span of the first sentence
    /// cut at <paramref name="maxTokens"/>, if any.
    /// </summary>
    public static TextSpan? Split(string text, IReadOnlyList<Token> tokens, int first, int end, int paragraph, int maxTokens, ICollection<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        TextSpan? cut = null;
        var start = first;
        var i = first;
        while (i < end)
        {
            var boundary = -1;
            var tok = tokens[i];
            var c = text[tok.Span.Start];
            if (tok.Kind == TokenKind.Punctuation && CharClass.IsTerminator(c))
            {
                var j = i + 1;
                var closed = false;
                while (j < end && tokens[j].Span.Start == tokens[j - 1].Span.End && CharClass.IsCloser(text[tokens[j].Span.Start]))
                {
                    closed |= tokens[j].Kind == TokenKind.Quote;
                    j++;
                }

                if (j < end && tokens[j].Span.Start > tokens[j - 1].Span.End && StartsSentence(text, tokens, j, end, allowLower: c == '.' && !closed && IsPlainWord(text, tokens, i - 1, first)))
                {
                    boundary = j;
                }

                i = j;
            }
            else if (tok.Kind == TokenKind.Word && text[tok.Span.End - 1] == '.' && i + 1 < end && EndsWithInitialism(text, tok.Span))
            {
                // "… in the U.S. The talks …": an initialism can end a sentence when a common sentence opener follows.
                var next = tokens[i + 1].Span;
                if (Abbreviations.SentenceStarters.Contains(next.Of(text)))
                {
                    boundary = i + 1;
                }

                i++;
            }
            else
            {
                i++;
            }

            if (boundary < 0 && i - start >= maxTokens && i < end)
            {
                boundary = i;
                cut ??= new TextSpan(tokens[start].Span.Start, tokens[i - 1].Span.End);
            }

            if (boundary > start)
            {
                output.Add(Make(tokens, start, boundary, paragraph));
                start = boundary;
            }
        }

        if (end > start)
        {
            output.Add(Make(tokens, start, end, paragraph));
        }

        return cut;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int start, int end, int paragraph) =>
        new(new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End), start, end - start, paragraph);

    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int j, int end, bool allowLower)
    {
        var tok = tokens[j];
        var c = text[tok.Span.Start];
        if (tok.Kind == TokenKind.Quote || c is '(' or '[')
        {
            // An opening quote or bracket starts a sentence when what follows it does.
            return j + 1 < end && StartsSentence(text, tokens, j + 1, end, allowLower);
        }

        return char.IsUpper(c) || char.IsDigit(c) || (allowLower && char.IsLower(c)) || (char.IsLetter(c) && !char.IsLower(c));
    }

    // A normal word (not an initial): after it, a period followed by a lower-case word still ends the sentence.
    private static bool IsPlainWord(string text, IReadOnlyList<Token> tokens, int index, int first) =>
        index >= first && tokens[index].Kind is TokenKind.Word or TokenKind.Number && tokens[index].Span.Length > 1;

    private static bool EndsWithInitialism(string text, TextSpan span) =>
        span.Length >= 4 && text.AsSpan(span.Start, span.Length - 1).Contains('.');
}
