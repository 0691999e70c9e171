namespace Sitrep.Extraction.Tests.Events.Coding;

/// <summary>Golden cases, one per grammar feature of the coder, with fictional actors (issue 3 point 6).</summary>
public sealed class TreeEventCoderTests
{
    [Fact]
    public void Code_SubjectVerbObject_CodesSourceVerbTarget() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_VerbNotInDictionary_CodesNothing() =>
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD praised) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_NounUseOfVerbWord_CodesNothing() =>
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD saw) (NP (DT an) (NN attack)) (PP (IN on) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_PassiveWithByPhrase_SwapsSourceAndTarget() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))"));

    [Fact]
    public void Code_PassiveWithoutByPhrase_CodesNothing() =>
        Assert.Empty(CoderFixture.Code(
            "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN near) (NP (NNP Rohan))))) (. .)))"));

    [Fact]
    public void Code_CompoundSource_CodesOneEventPerMember() =>
        Assert.Equal(["ARN->GON:190", "ROH->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Rohan)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_CompoundListWithSharedAgent_AppliesAgentToEveryMember() =>
        Assert.Equal(["ARNGOV->GON:190", "ROHGOV->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (CC and) (NNP Rohan)))) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_CompoundCodeInDictionary_CodesEachCode() =>
        Assert.Equal(["FRO->GON:190", "SAM->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (DT The) (NNP Shire)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_ConjunctionInsideAdjectivePhrase_IsNotACompound() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (ADJP (JJ awful) (CC and) (JJ evil)) (NN king)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_PossessiveWithAgent_CombinesActorAndAgent() =>
        Assert.Equal(["ARNGOVFRM->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_SuffixAndPrefixAgents_ApplySuffixThenPrefix() =>
        Assert.Equal(["NGOARNMIL->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (DT An) (NNP MSF) (NNP Arnor) (NN soldier)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_AgentInPrepositionalPhrase_AppliesToActor() =>
        Assert.Equal(["GONMIL->ROH:190"], CoderFixture.Code(
            "(ROOT (S (NP (NP (NNS Soldiers)) (PP (IN from) (NP (NNP Gondor)))) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))"));

    [Theory]
    [InlineData(1995, 5, 31, "RNG->ARN:190")]
    [InlineData(1995, 6, 1, "GONGOV->ARN:190")]
    [InlineData(1999, 8, 16, "GONELI->ARN:190")]
    public void Code_DatedActor_PicksCodeByArticleDate(int year, int month, int day, string expected) =>
        Assert.Equal([expected], CoderFixture.Code(
            "(ROOT (S (NP (NNP Aragorn)) (VP (VBD attacked) (NP (NNP Arnor))) (. .)))", new DateOnly(year, month, day)));

    [Fact]
    public void Code_PairedCode_EmitsEventAndReciprocal() =>
        Assert.Equal(["ARN->GON:042", "GON->ARN:043"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor))) (. .)))"));

    [Fact]
    public void Code_PairedCodeWithCompoundTarget_EmitsPerMember() =>
        Assert.Equal(["ARN->GON:031", "ARN->ROH:031", "GON->ARN:031", "ROH->ARN:031"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor) (CC and) (NNP Rohan))) (. .)))"));

    [Fact]
    public void Code_CompoundPatternMarker_CodesMembersOnEachOther() =>
        Assert.Equal(["ARN->GON:030", "GON->ARN:030"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBP agree) (SBAR (IN that) (S (NP (NNS talks)) (VP (MD should) (VP (VB continue)))))) (. .)))"));

    [Fact]
    public void Code_NegatedBySynsetPattern_CodesNothing() =>
        Assert.Empty(CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB attack) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_NegatedContraction_CodesNothing() =>
        Assert.Empty(CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (VP (VB attack) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_NegationRecodedByPattern_UsesPatternCode() =>
        Assert.Equal(["ARN->GON:112"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB threaten) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_LowerPatternWithAdjacentWords_UsesPatternCode() =>
        Assert.Equal(["ARN->GON:195"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN with) (NP (NN artillery)))) (. .)))"));

    [Fact]
    public void Code_AdjacencyBroken_FallsBackToDefaultCode() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN with) (NP (JJ heavy) (NN artillery)))) (. .)))"));

    [Fact]
    public void Code_SourceAndTargetMarkers_SetRoles() =>
        Assert.Equal(["GON->ARN:075"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD broke) (PP (IN in) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_MultiWordVerb_MatchesWhole() =>
        Assert.Equal(["GON->ROH:191"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Gondor)) (VP (VBP have) (VP (VBN cordoned) (PRT (RP off)) (NP (NNP Rohan)))) (. .)))"));

    [Fact]
    public void Code_PronounSubject_TakesSubjectOfClauseAbove() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Gondor))))))) (. .)))"));

    [Fact]
    public void Code_SentenceDiscard_CodesNothing() =>
        Assert.Empty(CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN at) (NP (NN baseball)))) (. .)))"));

    [Fact]
    public void Code_NoTargetWithDyadRequired_CodesNothing() =>
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked)) (. .)))"));

    [Fact]
    public void Code_NoTargetWithoutDyadRequired_CodesNullTarget() =>
        Assert.Equal(["ARN->---:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked)) (. .)))", options: new Sitrep.Extraction.Events.Coding.CoderOptions(RequireDyad: false)));

    [Fact]
    public void Code_RegularInflections_MatchButWrongEndingDoesNot()
    {
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBZ attacks) (NP (NNP Gondor))) (. .)))"));
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBZ attackes) (NP (NNP Gondor))) (. .)))"));
    }

    // Synset members get their regular plural unless the member or the label ends in _ (PETRARCH2 dictionary format).
    [Fact]
    public void Code_SynsetMember_MatchesItsRegularPlural()
    {
        Assert.Equal(["ARN->GON:064"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
        Assert.Equal(["ARN->GON:064"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (DT a) (NN tie)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
    }

    [Fact]
    public void Code_SynsetMemberEndingInUnderscore_HasNoPlural()
    {
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (NNS pacts)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
        Assert.Equal(["ARN->GON:064"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (DT a) (NN pact)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
    }

    [Fact]
    public void Code_SynsetLabelEndingInUnderscore_HasNoPlurals()
    {
        Assert.Empty(CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (NNS treaties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
        Assert.Equal(["ARN->GON:065"], CoderFixture.Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD renewed) (NP (DT a) (NN treaty)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"));
    }

    // A blank between two words of an actor phrase lets other words stand between them, inside one noun phrase.
    [Fact]
    public void Code_ActorPhraseWithBlank_MatchesWithWordsBetweenInsideItsNounPhrase()
    {
        Assert.Equal(["NRDTV->GON:190"], CoderFixture.Code("(ROOT (S (NP (NNP Nordia) (JJ state-run) (NN television)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));
        Assert.Equal(["NRDTV->GON:190"], CoderFixture.Code("(ROOT (S (NP (NNP Nordia) (NN television)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));
    }

    [Fact]
    public void Code_ActorPhraseWithBlank_DoesNotReachIntoAnotherPhrase() =>
        Assert.Equal(["NRD->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Nordia)) (VP (VBD attacked) (NP (NN television)) (PP (IN in) (NP (NNP Gondor)))) (. .)))"));

    [Fact]
    public void Code_AgentPhraseWithBlank_MatchesWithWordsBetweenInsideItsNounPhrase()
    {
        Assert.Equal(["ARNSPY->GON:190"], CoderFixture.Code("(ROOT (S (NP (DT The) (NNP Arnor) (NN security) (JJ internal) (NN service)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));
        Assert.Equal(["ARNSPY->GON:190"], CoderFixture.Code("(ROOT (S (NP (DT The) (NNP Arnor) (NN security) (NN service)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"));
    }

    [Fact]
    public void Code_AgentPhraseWithBlank_DoesNotReachIntoAnotherPhrase() =>
        Assert.Equal(["ARN->GON:190"], CoderFixture.Code(
            "(ROOT (S (NP (NNP Arnor) (NN security)) (VP (VBD attacked) (NP (NP (DT the) (NN service)) (PP (IN of) (NP (NNP Gondor))))) (. .)))"));
}
