using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using Sitrep.Tests;

namespace Sitrep.Extraction.Tests.Evaluation;

/// <summary>Checks our own training descriptions, <c>data/training/acled-descriptions.jsonl</c> (issue 8 point 6).</summary>
[Trait("Issue", "8")]
public sealed partial class AcledDescriptionsTests
{
    private const int MinimumPerLabel = 15;

    // A run of this many words shared with a gold snippet would suggest a copied or paraphrased line.
    private const int SharedRun = 6;

    private static readonly Lazy<IReadOnlyList<CaseGoldSnippet>> Descriptions =
        new(() => CaseGoldReader.Read(TestPaths.Repo("data", "training", "acled-descriptions.jsonl")));

    [Fact]
    public void Read_EveryLine_HasATaskLabelAndAnIdNamingIt()
    {
        var numbers = new Dictionary<CaseLabel, int>();
        foreach (var d in Descriptions.Value)
        {
            Assert.NotEqual(CaseLabel.None, d.Label);
            numbers[d.Label] = numbers.GetValueOrDefault(d.Label) + 1;
            Assert.Equal($"own-{d.Label}-{numbers[d.Label]}", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Text), d.Id);
        }
    }

    [Fact]
    public void Read_EveryLabel_HasAtLeastFifteenLines()
    {
        var counts = Descriptions.Value.GroupBy(d => d.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(CaseEvaluator.AllLabels, l => Assert.True(counts.GetValueOrDefault(l) >= MinimumPerLabel, $"{l}: {counts.GetValueOrDefault(l)} lines"));
    }

    [Fact]
    public void Read_Texts_AreDistinct()
    {
        var repeated = Descriptions.Value.GroupBy(d => d.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.First().Id);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Read_Texts_ShareNoSixWordRunWithTheDevSnippets()
    {
        var gold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "case2021-task2-dev.jsonl", "india-police-events-dev.jsonl" })
        {
            foreach (var line in File.ReadLines(TestPaths.SharedData("news-corpus", file)))
            {
                using var doc = JsonDocument.Parse(line);
                gold.UnionWith(Runs(doc.RootElement.GetProperty("text").GetString() ?? ""));
            }
        }

        var shared = Descriptions.Value.SelectMany(d => Runs(d.Text).Where(gold.Contains).Select(r => $"{d.Id}: {r}")).ToList();
        Assert.Empty(shared);
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i + SharedRun <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(SharedRun));
        }
    }

    [GeneratedRegex("[a-z0-9]+", RegexOptions.None, 1000)]
    private static partial Regex Word();
}
