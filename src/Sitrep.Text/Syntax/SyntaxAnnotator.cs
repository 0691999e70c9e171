using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Tags and parses each sentence with a <see cref="SyntaxModel"/> and adds <see cref="Document.Syntax"/>: one
/// <see cref="TokenSyntax"/> per token, heads inside the sentence, exactly one root per sentence. Tokens outside
/// every sentence get tag <c>X</c> and are their own root. Clitics are split for the model and folded back
/// (<see cref="CliticSplitter"/>). Thread-safe.
/// </summary>
public sealed class SyntaxAnnotator : IStage
{
    private readonly SyntaxModel _model;

    /// <summary>Creates the stage over a loaded model.</summary>
    public SyntaxAnnotator(SyntaxModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Name => "syntax.v1";

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Sentences];

    /// <inheritdoc />
    public ImmutableHashSet<LayerKind> Produces { get; } = [LayerKind.Syntax];

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.WithLayer(LayerKind.Syntax) with { Syntax = Annotate(document.Text, document.Tokens, document.Sentences, cancellationToken) };
    }

    /// <summary>Computes the syntax layer (one entry per token) without touching a document (STYLE A5).</summary>
    public ImmutableArray<TokenSyntax> Annotate(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new TokenSyntax[tokens.Length];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = new TokenSyntax("X", "XX", -1, "root");
        }

        var scratch = new SyntaxScratch();
        var words = new List<TextSpan>();
        var owner = new List<int>();
        var host = new List<int>();
        var output = new TokenSyntax[64];
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.TokenCount == 0 || sentence.FirstToken < 0 || sentence.EndToken > tokens.Length)
            {
                continue;
            }

            words.Clear();
            owner.Clear();
            host.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var span = tokens[t].Span;
                var hostLength = tokens[t].Kind == TokenKind.Word ? CliticSplitter.HostLength(text.AsSpan(span.Start, span.Length)) : span.Length;
                host.Add(words.Count);
                words.Add(new TextSpan(span.Start, span.Start + hostLength));
                owner.Add(t);
                if (hostLength < span.Length)
                {
                    words.Add(new TextSpan(span.Start + hostLength, span.End));
                    owner.Add(t);
                }
            }

            if (output.Length < words.Count)
            {
                output = new TokenSyntax[Math.Max(words.Count, output.Length * 2)];
            }

            _model.Analyze(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), output, scratch);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var w = host[t - sentence.FirstToken];
                var top = w;
                if (w + 1 < owner.Count && owner[w + 1] == t && Depth(output, w + 1) < Depth(output, w))
                {
                    // the token's arc is that of its word nearest the root ("’s" as copula heads "It"): a token's
                    // head word is then strictly nearer the root than the token's own words, so tokens form a tree
                    top = w + 1;
                }

                var h = output[top].Head;
                result[t] = new TokenSyntax(output[w].UPos, output[w].XPos, h < 0 ? -1 : owner[h], h < 0 ? "root" : output[top].Relation);
            }
        }

        return [.. result];
    }

    private static int Depth(TokenSyntax[] words, int w)
    {
        var depth = 0;
        for (var h = words[w].Head; h >= 0 && depth <= words.Length; h = words[h].Head)
        {
            depth++;
        }

        return depth;
    }
}
