using System.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Text.Syntax;

/// <summary>Scores a <see cref="SyntaxModel"/> against gold CoNLL-U sentences, on their gold words.</summary>
public static class SyntaxEvaluator
{
    /// <summary>Tags and parses every sentence and counts agreement with gold; times the analysis only.</summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IEnumerable<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        var prepared = gold.Select(s => (Sentence: s, Text: ConlluWords.Text(s, out var spans), Spans: spans)).ToArray();
        var outputs = prepared.Select(p => new TokenSyntax[p.Spans.Length]).ToArray();
        var scratch = new SyntaxScratch();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < prepared.Length; i++)
        {
            model.Analyze(prepared[i].Text, prepared[i].Spans, outputs[i], scratch);
        }

        clock.Stop();
        int words = 0, upos = 0, xpos = 0, heads = 0, labelled = 0;
        for (var i = 0; i < prepared.Length; i++)
        {
            var tokens = prepared[i].Sentence.Tokens;
            for (var k = 0; k < tokens.Length; k++)
            {
                var g = tokens[k];
                var p = outputs[i][k];
                words++;
                upos += p.UPos == g.UPos ? 1 : 0;
                xpos += p.XPos == g.XPos ? 1 : 0;
                if (p.Head + 1 == g.Head)
                {
                    heads++;
                    labelled += p.Relation == g.Relation ? 1 : 0;
                }
            }
        }

        return new SyntaxScores(prepared.Length, words, upos, xpos, heads, labelled, clock.Elapsed);
    }
}
