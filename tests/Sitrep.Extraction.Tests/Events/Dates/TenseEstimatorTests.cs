using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Dates;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>Tense from cue words and from a hand-built parse (issue 3 point 4).</summary>
public sealed class TenseEstimatorTests
{
    [Theory]
    [InlineData("The presidents will meet on Wednesday.", "on Wednesday", VerbTense.Future)]
    [InlineData("The presidents are due to meet on Wednesday.", "on Wednesday", VerbTense.Future)]
    [InlineData("The presidents met on Wednesday.", "on Wednesday", VerbTense.Past)]
    [InlineData("The LNA advanced to Sirte on Monday.", "on Monday", VerbTense.Past)]
    [InlineData("On Monday, the LNA advanced to Sirte.", "On Monday", VerbTense.Unknown)]
    [InlineData("The talks are on Wednesday.", "on Wednesday", VerbTense.Present)]
    public void FromWords_ClauseCues_GiveTheTense(string text, string expression, VerbTense expected)
    {
        var at = text.IndexOf(expression, StringComparison.Ordinal);
        Assert.Equal(expected, TenseEstimator.FromWords(text, new TextSpan(0, text.Length), TextSpan.FromLength(at, expression.Length)));
    }

    [Theory]
    // Article date Wednesday 2020-01-08: a past Tuesday is the day before, a present or future one next week.
    [InlineData("VBP", "", VerbTense.Present, "2020-01-14")]
    [InlineData("VBD", "", VerbTense.Past, "2020-01-07")]
    [InlineData("VB", "will", VerbTense.Future, "2020-01-14")]
    public void Resolve_DocumentWithSyntax_UsesTheHeadVerb(string verbTag, string aux, VerbTense expected, string resolved)
    {
        // "presidents [aux] meet on Tuesday": Tuesday -> meet (obl), on -> Tuesday (case).
        var words = aux.Length == 0 ? new[] { "presidents", "meet", "on", "Tuesday" } : ["presidents", aux, "meet", "on", "Tuesday"];
        var text = string.Join(' ', words);
        var tokens = new List<Token>();
        var offset = 0;
        foreach (var w in words)
        {
            tokens.Add(new Token(TextSpan.FromLength(offset, w.Length), TokenKind.Word));
            offset += w.Length + 1;
        }

        var verb = aux.Length == 0 ? 1 : 2;
        var syntax = new List<TokenSyntax> { new("NOUN", "NNS", verb, "nsubj") };
        if (aux.Length > 0)
        {
            syntax.Add(new("AUX", "MD", verb, "aux"));
        }

        syntax.AddRange([new("VERB", verbTag, -1, "root"), new("ADP", "IN", verb + 2, "case"), new("PROPN", "NNP", verb, "obl")]);
        var sentence = new Sentence(new TextSpan(0, text.Length), 0, tokens.Count, 0);
        var document = new Document("t", text) { Tokens = [.. tokens], Syntax = [.. syntax], Sentences = [sentence] };
        var expression = TextSpan.FromLength(text.IndexOf("on", StringComparison.Ordinal), "on Tuesday".Length);

        Assert.Equal(expected, TenseEstimator.Estimate(document, sentence, expression));
        var found = Assert.Single(DateResolver.Resolve(document, sentence, new DateOnly(2020, 1, 8)));
        Assert.Equal(DateOnly.Parse(resolved), found.Start);
    }
}
