using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Tests;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Actors;

/// <summary>The reference article's people and organisations get the actor codes its gold lists (issue 3 point 1).</summary>
public sealed class ReferenceArticleActorTests
{
    private static readonly Lazy<Document> Seed = new(() =>
        Default.Process(new Document("seed", File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt")))));

    public static TheoryData<string, string> GoldActors()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(TestPaths.SharedData("seed", "reuters-2020-01-08-turkey-libya.gold.json")));
        var data = new TheoryData<string, string>();
        foreach (var list in new[] { "people", "organizations" })
        {
            foreach (var p in gold.RootElement.GetProperty(list).EnumerateArray())
            {
                if (p.TryGetProperty("actor_code", out var code) && code.GetString() is { Length: >= 6 } c)
                {
                    data.Add(p.GetProperty("name").GetString()!, c);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldActors))]
    public void Code_ReferenceArticle_MatchesGold(string name, string acceptable)
    {
        var doc = Seed.Value;
        var entity = doc.Entities.First(e => e.Name == name || e.Acronym == name);
        var assignment = Assert.Single(doc.Actors, a => a.EntityId == entity.Id);
        Assert.Contains(assignment.Code.Value, acceptable.Split('|'));
    }
}
