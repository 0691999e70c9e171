using CsCheck;
using Sitrep.Core.Model;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities;

public class EntityPropertyTests
{
    private static readonly string[] Words =
    [
        "The", "said", "he", "she", "Minister", "Prime", "Fathi", "Bashagha", "al-Serraj", "(", ")", "GNA", "Army", "National", ",", ".", "a", "former",
        "diplomat", "Turkish", "Libya", "Tripoli", "drones", "missile", "systems", "of", "for", "and", "the", "“", "”", "’s", "Harchaoui", "U.N.-led",
        "Institute", "\n\n", "advertisement", "President", "commander", "S-400", "Al", "Raqqah", "Iraqi", "forces", "Turkey", "has",
    ];

    private static void AssertWellFormed(Document doc)
    {
        var end = 0;
        foreach (var m in doc.Mentions)
        {
            Assert.True(m.Span.Start >= end, "mentions must be sorted and disjoint");
            Assert.True(m.Span.End <= doc.Text.Length && !m.Span.IsEmpty);
            Assert.InRange(m.EntityId, 0, doc.Entities.Length - 1);
            end = m.Span.End;
        }

        for (var i = 0; i < doc.Entities.Length; i++)
        {
            Assert.Equal(i, doc.Entities[i].Id);
        }
    }

    [Fact]
    public void Recognize_ArbitraryUnicode_NeverThrowsAndMentionsAreWellFormed()
    {
        Gen.String.Sample(text => AssertWellFormed(Run(text)), iter: 300);
    }

    [Fact]
    public void Recognize_NameLikeText_MentionsAreWellFormed()
    {
        Gen.Int[0, Words.Length - 1].Array[1, 60]
            .Select(ix => string.Join(' ', ix.Select(i => Words[i])))
            .Sample(text => AssertWellFormed(Run(text)), iter: 500);
    }
}
