using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Dates;

/// <summary>
/// Guesses the tense of the verb a temporal expression modifies: from the dependency parse when the document has one
/// (the head verb's Penn tag and its auxiliaries), else from cue words in the expression's clause.
/// </summary>
internal static class TenseEstimator
{
    /// <summary>Most head links followed from the expression to its verb.</summary>
    public const int MaxHeadSteps = 12;

    private static readonly FrozenSet<string> FutureCues = FrozenSet.ToFrozenSet(
        ["will", "shall", "'ll", "’ll", "wo", "going", "due", "scheduled", "expected", "planned", "plans", "plan", "set", "upcoming"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastCues = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "did", "said", "met", "went", "came", "took", "made", "left", "held", "told", "began", "fought",
         "bought", "sent", "lost", "struck", "won", "fled", "hit", "shot", "led", "saw", "gave", "got", "fell", "rose", "ran",
         "spoke", "wrote", "broke", "brought", "sought", "threw", "stood", "flew", "drove", "withdrew", "overran", "seized"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PresentCues = FrozenSet.ToFrozenSet(
        ["is", "are", "am", "does", "do", "meets", "meet", "holds", "hold", "visits", "visit", "begins", "begin", "opens", "starts"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The tense for the expression at <paramref name="expression"/> inside <paramref name="sentence"/>.</summary>
    public static VerbTense Estimate(Document document, Sentence sentence, TextSpan expression)
    {
        var aligned = document.Syntax.Length == document.Tokens.Length && sentence.EndToken <= document.Tokens.Length;
        return aligned ? FromSyntax(document, sentence, expression) : FromWords(document.Text, sentence.Span, expression);
    }

    /// <summary>From the parse: the first verb up the head chain from the expression, with its auxiliaries.</summary>
    public static VerbTense FromSyntax(Document document, Sentence sentence, TextSpan expression)
    {
        var tokens = document.Tokens;
        var syntax = document.Syntax;
        var at = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (expression.Contains(tokens[i].Span) && (syntax[i].IsRoot || !expression.Contains(tokens[syntax[i].Head].Span)))
            {
                at = i; // the expression's own head token
                break;
            }
        }

        for (var step = 0; at >= 0 && step < MaxHeadSteps; step++)
        {
            if (syntax[at].UPos is "VERB" or "AUX" && !expression.Contains(tokens[at].Span))
            {
                return VerbTenseOf(document, sentence, at);
            }

            at = syntax[at].Head;
        }

        return VerbTense.Unknown;
    }

    private static VerbTense VerbTenseOf(Document document, Sentence sentence, int verb)
    {
        var syntax = document.Syntax;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (syntax[i].Head != verb)
            {
                continue;
            }

            // "to meet on Wednesday": an infinitive looks ahead (UD attaches "to" as mark, Penn tags it TO).
            if (syntax[i].Relation == "mark" && syntax[i].XPos == "TO" && syntax[verb].XPos == "VB")
            {
                return VerbTense.Future;
            }

            if (!syntax[i].Relation.StartsWith("aux", StringComparison.Ordinal))
            {
                continue;
            }

            var word = document.TextOf(document.Tokens[i].Span);
            if (FutureCues.Contains(word) || (syntax[i].XPos == "TO"))
            {
                return VerbTense.Future;
            }

            if (syntax[i].XPos is "VBD")
            {
                return VerbTense.Past;
            }

            if (syntax[i].XPos is "VBZ" or "VBP")
            {
                return syntax[verb].XPos == "VBN" && word is "has" or "have" ? VerbTense.Past : VerbTense.Present;
            }
        }

        return syntax[verb].XPos switch
        {
            "VBD" or "VBN" => VerbTense.Past,
            "VBP" or "VBZ" => VerbTense.Present,

            // A bare participle ("after signing agreements in November") carries no tense of its own.
            _ => VerbTense.Unknown,
        };
    }

    /// <summary>From cue words of the clause around the expression (up to the nearest , ; : or the sentence edge).</summary>
    public static VerbTense FromWords(string text, TextSpan sentence, TextSpan expression)
    {
        var start = expression.Start;
        while (start > sentence.Start && text[start - 1] is not (',' or ';' or ':'))
        {
            start--;
        }

        var end = expression.End;
        while (end < sentence.End && text[end] is not (',' or ';' or ':'))
        {
            end++;
        }

        var past = false;
        var present = false;
        var previous = "";
        foreach (var range in text.AsSpan(start, end - start).Split(' '))
        {
            var word = text.AsSpan(start, end - start)[range].Trim(".!?\"“”()").ToString();
            if (FutureCues.Contains(word) || (previous.Equals("to", StringComparison.OrdinalIgnoreCase) && PresentCues.Contains(word)))
            {
                return VerbTense.Future;
            }

            past |= PastCues.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]));
            present |= PresentCues.Contains(word);
            previous = word;
        }

        return past ? VerbTense.Past : present ? VerbTense.Present : VerbTense.Unknown;
    }
}
