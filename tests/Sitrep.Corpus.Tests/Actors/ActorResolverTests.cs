using Sitrep.Core.Model;
using Sitrep.Corpus.Actors;

namespace Sitrep.Corpus.Tests.Actors;

/// <summary>Issue 10 point 4: which corpus actor a document's person or organisation is.</summary>
[Trait("Issue", "10")]
public sealed class ActorResolverTests
{
    [Fact]
    public void Resolve_FullNameVariantSpelling_Joins()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Khalifa Haftar", "LBYMIL");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Khalifa Hifter", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_TitledSurnameWithOneCandidate_Joins()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Khalifa Haftar", "LBYMIL");
        corpus.Add(2, EntityType.Person, "Fayez al-Serraj", "LBYGOV");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Field Marshal Heftar", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_SurnameWithTwoCandidates_AmbiguousWithReason()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Khalifa Haftar", "LBYMIL");
        corpus.Add(2, EntityType.Person, "Saddam Haftar", "LBYMIL");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Haftar", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.Ambiguous, r.Outcome);
        Assert.Null(r.ActorId);
        Assert.Contains("2 actors fit", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SurnameWithTwoCandidatesOneSharingTheAffiliation_JoinsThatOne()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "John Smith", "GBRGOV", affiliation: "Labour");
        corpus.Add(2, EntityType.Person, "Jane Smith", "GBRGOV", affiliation: "Conservative Party");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Mr Smith", "GBRGOV", affiliation: "Labour"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_SameFullNameConflictingCountries_StaysApart()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "John Smith", "USAGOV");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "John Smith", "GBRGOV"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.New, r.Outcome);
        Assert.Equal([1L], r.Refused.AsEnumerable());
        Assert.Contains("refused", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SurnameConflictingCountry_Refused()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "John Smith", "USAGOV");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Mr Smith", "GBR"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.New, (long?)null), (r.Outcome, r.ActorId));
        Assert.Equal([1L], r.Refused.AsEnumerable());
    }

    [Fact]
    public void Resolve_SurnameWithNothingToConfirm_Refused()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "John Smith");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Smith"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.New, r.Outcome);
        Assert.Contains("only the surname", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FullNameOverASurnameOnlyActor_JoinsIt()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Haftar", "LBYMIL");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Khalifa Haftar", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_AcronymAlone_JoinsTheLongFormItWasLinkedTo()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "Libyan National Army", "LBYMIL", acronym: "LNA");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Org, "LNA", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_LongFormWithItsAcronym_JoinsAnActorKnownByTheAcronym()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "LNA", "LBYMIL", acronym: "LNA");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Org, "Libyan National Army", "LBYMIL", acronym: "LNA"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_ActorTakenByAnotherEntityOfTheDocument_NotJoined()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Khalifa Haftar", "LBYMIL");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Khalifa Haftar", "LBYMIL"), corpus, new HashSet<long> { 1 });

        Assert.Equal(ActorOutcome.New, r.Outcome);
    }

    [Fact]
    public void Resolve_PersonAgainstAnOrganisationOfTheSameName_NotJoined()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "Haftar", "LBYMIL");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Haftar", "LBYMIL"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.New, r.Outcome);
    }

    [Fact]
    public void Resolve_VariantSpellingWithNothingToConfirm_Refused()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Person, "Gavyn Davies");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Person, "Kevin Davies"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.New, r.Outcome);
        Assert.Contains("spelled otherwise", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SameSpellingWithoutCodes_Joins()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "J.P. Industries Inc");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Org, "JP Industries Inc"), corpus, FakeActorLookup.None);

        Assert.Equal((ActorOutcome.Joined, 1L), (r.Outcome, r.ActorId));
    }

    [Fact]
    public void Resolve_TwoLongFormsSharingAnAcronym_StayApart()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "International Coffee Organization", acronym: "ICO");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Org, "International Cocoa Organization", acronym: "ICO"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.New, r.Outcome);
    }

    [Fact]
    public void Resolve_AcronymAloneHeldByTwoOrganisations_Ambiguous()
    {
        var corpus = new FakeActorLookup();
        corpus.Add(1, EntityType.Org, "Really Simple Syndication", acronym: "RSS");
        corpus.Add(2, EntityType.Org, "Rashtriya Swayamsevak Sangh", acronym: "RSS");

        var r = ActorResolver.Resolve(FakeActorLookup.Candidate(EntityType.Org, "RSS"), corpus, FakeActorLookup.None);

        Assert.Equal(ActorOutcome.Ambiguous, r.Outcome);
    }

    [Theory]
    [InlineData("LBYMIL", "LBYGOV", true)]
    [InlineData("USAGOV", "GBRGOV", false)]
    [InlineData(null, "GBRGOV", true)]
    public void Compatible_ByCountrySegment(string? code, string actorCode, bool expected) =>
        Assert.Equal(expected, ActorResolver.Compatible(code is null ? null : ActorCode.Parse(code), [actorCode]));
}
