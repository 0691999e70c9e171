using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Acled;

namespace Sitrep.Extraction.Tests.Events.Acled;

/// <summary>ACLED actor types from CAMEO codes and the event-level rules (issue 8 point 1).</summary>
[Trait("Issue", "8")]
public sealed class AcledActorTypesTests
{
    [Theory]
    [InlineData("SYRREB", AcledActorCategory.RebelGroup)]
    [InlineData("INDCOP", AcledActorCategory.StateForces)]
    [InlineData("LBYMIL", AcledActorCategory.StateForces)]
    [InlineData("TUR", AcledActorCategory.StateForces)]
    [InlineData("IGOUNO", AcledActorCategory.ExternalOther)]
    [InlineData("UAF", AcledActorCategory.PoliticalMilitia)]
    [InlineData("OPP", AcledActorCategory.Protesters)]
    [InlineData("SYRCVL", AcledActorCategory.Civilians)]
    [InlineData("IMGMOSISI", AcledActorCategory.RebelGroup)]
    [InlineData("USABUS", AcledActorCategory.Civilians)]
    [InlineData("---", AcledActorCategory.None)]
    public void OfCode_Roles_AcledType(string code, AcledActorCategory expected) => Assert.Equal(expected, AcledActorTypes.OfCode(ActorCode.Parse(code)));

    [Theory]
    [InlineData("SYRREB", "SYR")]
    [InlineData("COP", null)]
    [InlineData("IGOUNO", null)]
    [InlineData("TURMIL", "TUR")]
    public void CountryOf_FirstSegment(string code, string? expected) => Assert.Equal(expected, AcledActorTypes.CountryOf(ActorCode.Parse(code)));

    [Fact]
    public void InEvent_StateForcesAbroad_ExternalOther() =>
        Assert.Equal(AcledActorCategory.ExternalOther, AcledActorTypes.InEvent(AcledActorCategory.StateForces, "TUR", "LBY", isSource: true, violent: true));

    [Fact]
    public void InEvent_StateForcesAtHome_StateForces() =>
        Assert.Equal(AcledActorCategory.StateForces, AcledActorTypes.InEvent(AcledActorCategory.StateForces, "LBY", "LBY", isSource: true, violent: true));

    [Fact]
    public void InEvent_CiviliansCommittingViolence_Rioters() =>
        Assert.Equal(AcledActorCategory.Rioters, AcledActorTypes.InEvent(AcledActorCategory.Civilians, null, "IND", isSource: true, violent: true));

    [Fact]
    public void InEvent_CiviliansAsVictims_StayCivilians() =>
        Assert.Equal(AcledActorCategory.Civilians, AcledActorTypes.InEvent(AcledActorCategory.Civilians, null, "IND", isSource: false, violent: true));

    [Fact]
    public void InEvent_CiviliansDemonstrating_Protesters() =>
        Assert.Equal(AcledActorCategory.Protesters, AcledActorTypes.InEvent(AcledActorCategory.Civilians, null, null, isSource: true, violent: false, demonstration: true));
}
