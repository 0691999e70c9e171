using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Finds geographic coordinates (<c>33°47′N 44°30′E</c>, <c>33.783°N 44.500°E</c>, in any letter case: issue 8 point 4) in
/// a sentence: each pair is a place.
/// </summary>
internal static partial class CoordinateMatcher
{
    public static void Run(string text, Sentence sentence, int index, List<Candidate> output)
    {
        if (sentence.Span.Slice(text).IndexOf('°') < 0)
        {
            return;
        }

        foreach (var m in CoordinateRegex().EnumerateMatches(sentence.Span.Slice(text)))
        {
            var span = TextSpan.FromLength(sentence.Span.Start + m.Index, m.Length);
            output.Add(new Candidate(span, EntityType.Place, MentionKind.Name, span.Of(text)) { Sentence = index });
        }
    }

    private const string Part = @"\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″""])?\s?";

    [GeneratedRegex(Part + "[NSns],?\\s" + Part + "[EWew]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CoordinateRegex();
}
