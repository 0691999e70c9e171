using System.Text.Json;
using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

public class ReferenceArticleTests
{
    private static readonly Lazy<Document> Seed = new(() => Run(File.ReadAllText(SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"))));

    public static TheoryData<string, string> GoldPeople()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var data = new TheoryData<string, string>();
        foreach (var p in gold.RootElement.GetProperty("people").EnumerateArray())
        {
            if (p.GetProperty("role").GetString() is "reporter" or "editor")
            {
                continue; // credited, not mentioned: metadata, checked below and by the cleaner's tests
            }

            data.Add(p.GetProperty("name").GetString()!, p.GetProperty("role").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldPeople))]
    public void Recognize_ReferenceArticle_FindsGoldPersonWithRole(string name, string role)
    {
        var person = Person(Seed.Value, name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Orhan Coskun")]
    [InlineData("Jonathan Spicer")]
    [InlineData("Timothy Heritage")]
    public void Recognize_ReferenceArticle_CreditedPeopleAreMetadataNotEntities(string name)
    {
        var credits = Seed.Value.Metadata.Credits;
        Assert.Contains(credits.Reporting.Concat(credits.Editing), p => p.Name == name);
        Assert.DoesNotContain(Seed.Value.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("GNA", EntityType.Org)]
    [InlineData("LNA", EntityType.Org)]
    [InlineData("Reuters", EntityType.Org)]
    [InlineData("Free Syrian Army", EntityType.Org)]
    [InlineData("NATO", EntityType.Org)]
    [InlineData("U.N.", EntityType.Org)]
    [InlineData("Klingendael Institute", EntityType.Org)]
    [InlineData("Istanbul Center for Economics and Foreign Policy Studies", EntityType.Org)]
    [InlineData("Turkish", EntityType.Nationality)]
    [InlineData("Russian", EntityType.Nationality)]
    [InlineData("Libyan", EntityType.Nationality)]
    [InlineData("Turkey", EntityType.Place)]
    [InlineData("Misrata", EntityType.Place)]
    [InlineData("The Hague", EntityType.Place)]
    [InlineData("drones", EntityType.Equipment)]
    [InlineData("armored vehicles", EntityType.Equipment)]
    [InlineData("missile systems", EntityType.Equipment)]
    [InlineData("laser-guided missiles", EntityType.Equipment)]
    [InlineData("missile defense systems", EntityType.Equipment)]
    public void Recognize_ReferenceArticle_FindsMention(string text, EntityType type)
    {
        Assert.Contains(Mentions(Seed.Value), m => m.Text == text && m.Entity.Type == type);
    }

    [Fact]
    public void Recognize_ReferenceArticle_HeSaidLinksToHarchaoui()
    {
        var doc = Seed.Value;
        var he = Mentions(doc).Single(m => m.Kind == MentionKind.Pronoun && m.Text == "he");
        Assert.Equal("Jalel Harchaoui", he.Entity.Name);
    }

    [Fact]
    public void Recognize_ReferenceArticle_NoMentionInNoiseOrOutsideItsZone()
    {
        var doc = Seed.Value;
        foreach (var m in doc.Mentions)
        {
            var zone = doc.Zones.Single(z => z.Span.Contains(m.Span.Start));
            Assert.True(zone.Span.Contains(m.Span), $"{doc.TextOf(m.Span)} crosses its zone");
            Assert.Contains(zone.Kind, new[] { ZoneKind.Body, ZoneKind.Dateline });
        }
    }
}
