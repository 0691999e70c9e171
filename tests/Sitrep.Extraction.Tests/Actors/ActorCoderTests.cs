using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Dictionaries.Actors;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Actors;

public sealed class ActorCoderTests
{
    // Fictional actors (STYLE §5): the coder's logic must not move when the real dictionaries change.
    private static readonly ActorDictionary Actors = ActorDictionary.Build(
    [
        Record("GON", "Gondor | Gondorian"),
        Record("GONGOV", "Minas Tirith"),
        Record("ARN", "Arnor | Arnorian"),
        Record("GONGOV", "King Elessar", from: new DateOnly(3019, 3, 25)),
        Record("GONELI", "King Elessar", until: new DateOnly(3019, 3, 24)),
        Record("GONREB", "Rangers of the North"),
    ]);

    private static readonly AgentDictionary Agents = AgentDictionary.Build(
    [
        new AgentRecord(ActorCode.Parse("GOV"), false, ["official", "officials", "minister", "ministers"], "", "t.txt", 1),
        new AgentRecord(ActorCode.Parse("MIL"), false, ["army", "armies", "soldier", "soldiers", "forces"], "", "t.txt", 2),
        new AgentRecord(ActorCode.Parse("REB"), false, ["rebel", "rebels"], "", "t.txt", 3),
    ]);

    private static ActorRecord Record(string code, string phrases, DateOnly? from = null, DateOnly? until = null) =>
        new(ActorCode.Parse(code), [.. phrases.Split(" | ")], from, until, string.Empty, "t.txt", 1);

    private static string? Code(EntityType type, string name, string date = "3020-01-01", string? role = null, string? affiliation = null, string? acronym = null) =>
        new ActorCoder(Actors, Agents).Code(new Entity(0, type, name, role, affiliation, acronym), [], DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Code.Value;

    [Theory]
    [InlineData("Gondorian officials", "GONGOV")]
    [InlineData("Arnorian soldiers", "ARNMIL")]
    [InlineData("Gondor Army", "GONMIL")]
    [InlineData("Arnorian rebels", "ARNREB")]
    [InlineData("Rangers of the North", "GONREB")]
    [InlineData("Minas Tirith", "GONGOV")]
    public void Code_NameOrPartsAndRoleWord(string name, string expected) => Assert.Equal(expected, Code(EntityType.Org, name));

    [Theory]
    [InlineData("3019-03-24", "GONELI")]
    [InlineData("3019-03-25", "GONGOV")]
    public void Code_DatedEntry_DependsOnArticleDate(string date, string expected) =>
        Assert.Equal(expected, Code(EntityType.Person, "King Elessar", date));

    [Fact]
    public void Code_PersonByAffiliationAndRole() =>
        Assert.Equal("GONGOV", Code(EntityType.Person, "Faramir Steward", role: "Foreign Minister", affiliation: "Gondor"));

    [Fact]
    public void Code_PersonWithCodedAffiliation_KeepsItsRole() =>
        Assert.Equal("GONREB", Code(EntityType.Person, "Halbarad", role: "minister", affiliation: "Rangers of the North"));

    [Fact]
    public void Code_Acronym_UsedWhenNameUnknown() =>
        Assert.Equal("GONREB", new ActorCoder(Actors, Agents).Code(new Entity(0, EntityType.Org, "Northern Rangers Group", null, null, "RN"), ["Rangers of the North"], new DateOnly(3020, 1, 1))?.Code.Value);

    [Theory]
    [InlineData(EntityType.Org, "Shire Cup")]
    [InlineData(EntityType.Equipment, "Gondor drones")]
    [InlineData(EntityType.Person, "Bilbo Baggins")]
    public void Code_NothingFits_Null(EntityType type, string name) => Assert.Null(Code(type, name));

    [Fact]
    public void Process_UndatedDocument_UsesFixedDayNotClock()
    {
        var doc = new Document("d", "King Elessar") with
        {
            Entities = [new Entity(0, EntityType.Person, "King Elessar", null, null, null)],
            Layers = [LayerKind.Entities],
        };
        var early = new ActorCoder(Actors, Agents, new ActorCoderOptions { UndatedAsOf = new DateOnly(3000, 1, 1) }).Process(doc, CancellationToken.None);
        Assert.Equal("GONELI", early.Actors.Single().Code.Value);
    }

    // Issue 8 point 5: firms and news outlets are their country's business or media, not the country, its government
    // or its military; a province whose name holds a country's name ("New Arnor", like "New Mexico") is its own country's.
    private static readonly ActorDictionary FirmActors = ActorDictionary.Build(
    [
        Record("GON", "Gondor | Gondorian"),
        Record("GONGOV", "Minas Tirith"),
        Record("ARN", "Arnor | Arnorian"),
        Record("GON", "New Arnor"),
        Record("HAR", "Far-Harad"),
    ]);

    private static readonly AgentDictionary FirmAgents = AgentDictionary.Build(
    [
        new AgentRecord(ActorCode.Parse("GOV"), false, ["official", "officials", "minister"], "", "t.txt", 1),
        new AgentRecord(ActorCode.Parse("MIL"), false, ["army", "general", "generals", "staff"], "", "t.txt", 2),
        new AgentRecord(ActorCode.Parse("BUS"), false, ["co", "ltd", "company"], "", "t.txt", 3),
        new AgentRecord(ActorCode.Parse("MED"), false, ["today", "post", "weekly"], "", "t.txt", 4),
    ]);

    private static string? FirmCode(EntityType type, string name) =>
        new ActorCoder(FirmActors, FirmAgents).Code(new Entity(0, type, name, null, null, null), [], new DateOnly(3020, 1, 1))?.Code.Value;

    [Theory]
    [InlineData("General Mills of Arnor Ltd", "ARNBUS")]
    [InlineData("General Staff of Arnor", "ARNMIL")]
    [InlineData("Arnorian army general", "ARNMIL")]
    [InlineData("Gondor Today", "GONMED")]
    [InlineData("Minas Tirith Post", "GONMED")]
    [InlineData("Minas Tirith officials", "GONGOV")]
    [InlineData("Gondor Army", "GONMIL")]
    [InlineData("Public Gas Co of New Arnor", "GONBUS")]
    [InlineData("Public Gas Co of Arnor", "ARNBUS")]
    [InlineData("Lebennin-New Arnor Power Co", "GONBUS")]
    [InlineData("Far-Harad Oil Co", "HARBUS")]
    [InlineData("Inter-Arnorian Development Co", null)]
    [InlineData("Gondor Company Post", "GONMED")]
    public void Code_FirmOrOutlet_IsItsCountrysBusinessOrMedia(string name, string? expected) =>
        Assert.Equal(expected, FirmCode(EntityType.Org, name));

    [Fact]
    public void Code_PersonWithRoleWords_KeepsTheFirstRole() =>
        Assert.Equal("ARNMIL", FirmCode(EntityType.Person, "Arnorian General Ltd"));

    [Fact]
    public void Code_PersonNamedLikeACountry_IsNoCountry()
    {
        var actors = ActorDictionary.Build([new ActorRecord(ActorCode.Parse("IMN"), ["Isle of Man", "Mann"], null, null, string.Empty, "countries.txt", 1)]);
        var coder = new ActorCoder(actors, Agents);
        var date = new DateOnly(1987, 3, 2);
        Assert.Null(coder.Code(new Entity(0, EntityType.Person, "Mann", null, null, null), [], date));
        Assert.Equal("IMN", coder.Code(new Entity(0, EntityType.Place, "Mann", null, null, null), [], date)?.Code.Value);
    }
}
