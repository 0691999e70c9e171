using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Codes raw text with our own syntax (issue 3 point 5): the text pipeline (cleaner, tokenizer, sentence splitter) and
/// the syntax stage tag and parse each sentence, <see cref="DependencyToConstituency"/> turns each dependency tree into
/// the constituency tree <see cref="TreeEventCoder"/> reads, and the coder codes it. A token the syntax layer keeps whole
/// but the treebank splits (<c>Dagolath's</c>, <c>didn't</c>) is split back: a possessive <c>'s</c> after a noun becomes
/// a <c>POS</c> word under its host, <c>n't</c> an adverb and other clitics auxiliaries of the host's head.
/// Immutable and thread-safe.
/// </summary>
public sealed class RawTextCoder
{
    private readonly Pipeline _pipeline;
    private readonly CodingDictionaries _dictionaries;

    /// <summary>Creates a coder over loaded dictionaries and a syntax model.</summary>
    /// <exception cref="ArgumentNullException">On a null argument.</exception>
    public RawTextCoder(CodingDictionaries dictionaries, SyntaxModel model)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(model);
        _dictionaries = dictionaries;
        _pipeline = new PipelineBuilder().UseText().UseSyntax(model).Build();
    }

    /// <summary>Codes every sentence of <paramref name="text"/>; events in sentence order, without duplicates inside a sentence.</summary>
    /// <param name="text">Raw text.</param>
    /// <param name="date">Article date: it picks dated actor codes (STYLE A10).</param>
    /// <param name="options">Coder options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels between stages and sentences.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public ImmutableArray<CodedEvent> Code(string text, DateOnly date, CoderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var coder = new TreeEventCoder(_dictionaries, options);
        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        foreach (var tree in Parse(text, cancellationToken))
        {
            events.AddRange(coder.Code(tree, date));
        }

        return events.ToImmutable();
    }

    /// <summary>The converted constituency tree of each sentence of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public ImmutableArray<ParseNode> Parse(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = _pipeline.Process(new Document("raw", text), cancellationToken);
        var trees = ImmutableArray.CreateBuilder<ParseNode>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            trees.Add(DependencyToConstituency.Convert(Words(document, sentence)));
        }

        return trees.ToImmutable();
    }

    /// <summary>The words of one sentence with tags and sentence-relative heads, clitics split off their tokens.</summary>
    internal static List<DependencyWord> Words(Document document, Sentence sentence)
    {
        var firstWord = new int[sentence.TokenCount];
        var hostLength = new int[sentence.TokenCount];
        var count = 0;
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var token = document.Tokens[sentence.FirstToken + t];
            firstWord[t] = count;
            hostLength[t] = token.Kind == TokenKind.Word ? CliticSplitter.HostLength(document.Text.AsSpan(token.Span.Start, token.Span.Length)) : token.Span.Length;
            count += hostLength[t] < token.Span.Length ? 2 : 1;
        }

        var words = new List<DependencyWord>(count);
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var token = document.Tokens[sentence.FirstToken + t];
            var syntax = document.Syntax[sentence.FirstToken + t];
            var head = syntax.Head < 0 ? -1 : firstWord[syntax.Head - sentence.FirstToken];
            var text = document.Text.Substring(token.Span.Start, token.Span.Length);
            if (hostLength[t] == token.Span.Length)
            {
                words.Add(new DependencyWord(text, syntax.XPos, head, syntax.Relation));
                continue;
            }

            var host = words.Count;
            words.Add(new DependencyWord(text[..hostLength[t]], syntax.XPos, head, syntax.Relation));
            var clitic = text[hostLength[t]..].Replace('’', '\'');
            var lower = clitic.ToUpperInvariant();
            if (lower == "'S" && syntax.XPos.StartsWith("NN", StringComparison.Ordinal))
            {
                // the possessive marks the whole possessor: "Caras Galadhon's" (flat name) attaches to "Caras"
                var owner = syntax.Relation.StartsWith("flat", StringComparison.Ordinal) && head >= 0 ? head : host;
                words.Add(new DependencyWord(clitic, "POS", owner, "case"));
            }
            else
            {
                var tag = lower switch { "N'T" => "RB", "'LL" or "'D" => "MD", "'S" => "VBZ", _ => "VBP" };
                words.Add(new DependencyWord(clitic, tag, head < 0 ? host : head, lower == "N'T" ? "advmod" : "aux"));
            }
        }

        return words;
    }
}
