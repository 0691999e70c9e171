using CsCheck;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>
/// Issue 9 point 1: the indexed look-ups of coreference and speakers answer exactly as the scans over every entity or
/// speaker they replace: the latest person by title (LinkTitle), organisations by a surname at their head
/// (ResolveEponyms), speakers and persons by a surname at their end (SpeakerResolver.EarlierBySurname).
/// </summary>
public sealed class RoleIndexTests
{
    private static readonly string[] Words = ["Foreign", "foreign", "Secretary", "secretary", "SECRETARY", "Undersecretary", "Minister", "minister", "Prime", "É", "é", "état", "État", "-", ""];

    private static readonly Gen<string> Phrase = Gen.Int[0, Words.Length - 1].Array[0, 3].Select(ix => string.Join(' ', ix.Select(i => Words[i])));

    private static readonly Gen<string> Word = Gen.OneOf(Gen.Int[0, Words.Length - 1].Select(i => Words[i]), Gen.Const(string.Empty), Gen.Const("retary"));

    private static readonly Gen<string?> Role = Gen.Frequency((1, Gen.Const((string?)null)), (4, Phrase.Select(p => (string?)p)));

    [Fact]
    public void Latest_RandomRolesAddedInAnyOrder_SameAsScan() =>
        Gen.Select(Gen.Select(Gen.Int[0, 11], Role).Array[0, 40], Gen.Select(Role, Word).Array[1, 8]).Sample((adds, queries) =>
        {
            // Each entity keeps its first non-null role (EntityDraft.Absorb: Role ??= c.Role).
            var roles = new string?[12];
            var index = new RoleIndex();
            foreach (var (id, role) in adds)
            {
                roles[id] ??= role;
                index.Add(id, role);
                foreach (var (title, head) in queries)
                {
                    Assert.Equal(RoleIndex.Scan(roles, title, head), index.Latest(title, head));
                }
            }
        }, iter: 1000);

    [Fact]
    public void Latest_Examples()
    {
        var index = new RoleIndex();
        index.Add(0, "Foreign Secretary");
        index.Add(1, "Prime Minister");
        index.Add(2, null);
        Assert.Equal(0, index.Latest("Home Secretary", "secretary"));
        Assert.Equal(1, index.Latest("prime minister", "Chief"));
        Assert.Equal(-1, index.Latest(null, "Chief"));
        index.Add(0, "Chief");
        Assert.Equal(-1, index.Latest(null, "Chief"));
    }

    [Fact]
    public void FirstWord_SameAsStartsWithAndSpace() =>
        Gen.Select(Phrase, Word.Where(w => !w.Contains(' ', StringComparison.Ordinal))).Sample((name, word) =>
            Assert.Equal(name.StartsWith(word + " ", StringComparison.Ordinal), CoreferenceResolver.FirstWord(name) == word), iter: 5000);

    [Fact]
    public void Surname_SameAsEndsWithSpaceAnd() =>
        Gen.Select(Phrase, Word.Where(w => !w.Contains(' ', StringComparison.Ordinal))).Sample((name, word) =>
            Assert.Equal(name.EndsWith(" " + word, StringComparison.Ordinal), SpeakerResolver.Surname(name) == word), iter: 5000);

    [Fact]
    public void Surname_LatestSpeakerAndFirstPerson_SameAsScans() =>
        Gen.Select(Phrase.Array[0, 20], Word.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Array[1, 8]).Sample((names, words) =>
        {
            // EarlierBySurname keeps the latest speaker of each surname and the first person entity of each.
            var latest = new Dictionary<string, int>(StringComparer.Ordinal);
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                if (SpeakerResolver.Surname(names[i]) is { } surname)
                {
                    latest[surname] = i;
                    first.TryAdd(surname, i);
                }
            }

            foreach (var word in words)
            {
                Assert.Equal(Array.FindLastIndex(names, n => n.EndsWith(" " + word, StringComparison.Ordinal)), latest.GetValueOrDefault(word, -1));
                Assert.Equal(Array.FindIndex(names, n => n.EndsWith(" " + word, StringComparison.Ordinal)), first.GetValueOrDefault(word, -1));
            }
        }, iter: 2000);
}
