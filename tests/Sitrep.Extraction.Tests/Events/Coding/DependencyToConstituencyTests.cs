using Sitrep.Extraction.Events.Coding;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Tests.Events.Coding;

/// <summary>The converter on hand-built dependency trees: the constituency shapes the coder relies on.</summary>
public sealed class DependencyToConstituencyTests
{
    private static string Convert(params DependencyWord[] words) => Show(DependencyToConstituency.Convert(words));

    private static string Show(ParseNode node) => node.IsLeaf ? node.Word! : "(" + node.Label + " " + string.Join(" ", node.Children.Select(Show)) + ")";

    private static DependencyWord W(string word, string tag, int head, string relation) => new(word, tag, head, relation);

    [Fact]
    public void Convert_TransitiveClause_GivesSubjectNpAndVerbPhrase()
    {
        var tree = Convert(W("Arnor", "NNP", 1, "nsubj"), W("attacked", "VBD", -1, "root"), W("Gondor", "NNP", 1, "obj"), W(".", ".", 1, "punct"));
        Assert.Equal("(ROOT (S (NP Arnor) (VP attacked (NP Gondor)) .))", tree);
    }

    [Fact]
    public void Convert_PassiveWithByAgent_NestsAuxiliaryAndKeepsByPhraseInVerbPhrase()
    {
        var tree = Convert(W("Eriador", "NNP", 2, "nsubj:pass"), W("was", "VBD", 2, "aux:pass"), W("opposed", "VBN", -1, "root"),
            W("by", "IN", 4, "case"), W("Osgiliath", "NNP", 2, "obl:agent"));
        Assert.Equal("(ROOT (S (NP Eriador) (VP was (VP opposed (PP by (NP Osgiliath))))))", tree);
    }

    [Fact]
    public void Convert_PossessiveAndCompounds_GivesNestedPossessorWithPosLeaf()
    {
        var tree = Convert(W("Dagolath", "NNP", 4, "nmod:poss"), W("'s", "POS", 0, "case"), W("Prime", "NNP", 3, "compound"), W("Minister", "NNP", 4, "compound"),
            W("Telemar", "NNP", 5, "nsubj"), W("left", "VBD", -1, "root"));
        Assert.Equal("(ROOT (S (NP (NP Dagolath 's) Prime Minister Telemar) (VP left)))", tree);
    }

    [Fact]
    public void Convert_CoordinatedSubjects_GivesSiblingNpsWithCommaAndConjunction()
    {
        var tree = Convert(W("Arnor", "NNP", 5, "nsubj"), W(",", ",", 2, "punct"), W("Rohan", "NNP", 0, "conj"), W("and", "CC", 4, "cc"),
            W("Gondor", "NNP", 0, "conj"), W("met", "VBD", -1, "root"));
        Assert.Equal("(ROOT (S (NP (NP Arnor) , (NP Rohan) and (NP Gondor)) (VP met)))", tree);
    }

    [Fact]
    public void Convert_ConjunctWithOwnSubject_GivesSiblingClauses()
    {
        var tree = Convert(W("Arnor", "NNP", 1, "nsubj"), W("attacked", "VBD", -1, "root"), W("Rohan", "NNP", 1, "obj"), W("and", "CC", 5, "cc"),
            W("Gondor", "NNP", 5, "nsubj"), W("fled", "VBD", 1, "conj"));
        Assert.Equal("(ROOT (S (S (NP Arnor) (VP attacked (NP Rohan))) and (S (NP Gondor) (VP fled))))", tree);
    }

    [Fact]
    public void Convert_ConjunctWithoutSubject_GivesCoordinatedVerbPhrases()
    {
        var tree = Convert(W("Arnor", "NNP", 1, "nsubj"), W("attacked", "VBD", -1, "root"), W("Rohan", "NNP", 1, "obj"), W("and", "CC", 4, "cc"),
            W("condemned", "VBD", 1, "conj"), W("Gondor", "NNP", 4, "obj"));
        Assert.Equal("(ROOT (S (NP Arnor) (VP (VP attacked (NP Rohan)) and (VP condemned (NP Gondor)))))", tree);
    }

    [Fact]
    public void Convert_InfinitiveComplementAndNegation_GivesSubjectlessClauseAndAdverbInVerbPhrase()
    {
        var tree = Convert(W("Arnor", "NNP", 3, "nsubj"), W("did", "VBD", 3, "aux"), W("n't", "RB", 3, "advmod"), W("agree", "VB", -1, "root"),
            W("to", "TO", 5, "mark"), W("leave", "VB", 3, "xcomp"), W("Rohan", "NNP", 5, "obj"));
        Assert.Equal("(ROOT (S (NP Arnor) (VP did n't (VP agree (S (VP to (VP leave (NP Rohan))))))))", tree);
    }

    [Fact]
    public void Convert_ThatComplement_GivesSbar()
    {
        var tree = Convert(W("Arnor", "NNP", 1, "nsubj"), W("said", "VBD", -1, "root"), W("that", "IN", 4, "mark"), W("Gondor", "NNP", 4, "nsubj"), W("left", "VBD", 1, "ccomp"));
        Assert.Equal("(ROOT (S (NP Arnor) (VP said (SBAR that (S (NP Gondor) (VP left))))))", tree);
    }

    [Fact]
    public void Convert_NounRootOverFiniteVerb_MakesNounTheSubject()
    {
        var tree = Convert(W("Arnor", "NNP", -1, "root"), W("welcomed", "VBD", 0, "acl"), W("Gondor", "NNP", 1, "obj"));
        Assert.Equal("(ROOT (S (NP Arnor) (VP welcomed (NP Gondor))))", tree);
    }

    [Fact]
    public void Convert_NonProjectiveArc_KeepsEveryWordInOrder()
    {
        // "Arnor" hangs on "Gondor" across the verb: the arc is lifted, every word stays, in order
        var words = new[] { W("Arnor", "NNP", 3, "nmod"), W("attacked", "VBD", -1, "root"), W("Rohan", "NNP", 1, "obj"), W("Gondor", "NNP", 1, "obj") };
        Assert.Equal(["Arnor", "attacked", "Rohan", "Gondor"], DependencyToConstituency.Convert(words).Leaves().Select(l => l.Word!));
    }

    [Fact]
    public void Convert_Empty_GivesBareRoot() => Assert.Equal("(ROOT )", Convert());
}
