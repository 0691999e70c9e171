using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Corpus.Events;

/// <summary>
/// Makes a re-publication of an article for measuring the merge of events across documents (issue 10 point 8): the
/// edits the issue lists for copies of one story: a new headline, a paragraph dropped, a few words changed and a date
/// a day later. Deterministic for a seed, so a measurement can be repeated.
/// </summary>
public static class Republication
{
    /// <summary>Words changed per copy, at most.</summary>
    public const int ChangedWords = 3;

    // Editors' substitutions that keep the meaning (a wire desk's rewording); the words are common in news text.
    private static readonly FrozenDictionary<string, string> Substitutions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["said"] = "stated",
        ["says"] = "states",
        ["also"] = "further",
        ["but"] = "yet",
        ["about"] = "around",
        ["after"] = "following",
        ["more"] = "further",
        ["however"] = "though",
        ["because"] = "as",
        ["while"] = "whereas",
        ["many"] = "numerous",
        ["big"] = "large",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The re-published text, headline and date of an article.</summary>
    /// <param name="text">The article's text; paragraphs are separated by blank lines.</param>
    /// <param name="title">Its headline, or null.</param>
    /// <param name="date">Its date, or null.</param>
    /// <param name="seed">Chooses the dropped paragraph and the changed words.</param>
    /// <returns>The copy: a new headline as its first paragraph (and title), one paragraph after the first dropped when
    /// it has three or more, up to <see cref="ChangedWords"/> words reworded, the date a day later.</returns>
    public static (string Text, string Title, DateOnly? Date) Of(string text, string? title, DateOnly? date, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var random = new Random(seed);
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").ToList();
        if (paragraphs.Count >= 3)
        {
            paragraphs.RemoveAt(1 + random.Next(paragraphs.Count - 1));
        }

        var body = Reword(string.Join("\n\n", paragraphs), random);
        var headline = "UPDATE 1-" + (string.IsNullOrWhiteSpace(title) ? string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8)) : title.Trim());
        return (headline + "\n\n" + body, headline, date?.AddDays(1));
    }

    private static string Reword(string text, Random random)
    {
        var words = new List<(int Start, int Length, string Replacement)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsAsciiLetterLower(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var boundary = (start == 0 || !char.IsLetter(text[start - 1])) && (i == text.Length || !char.IsLetter(text[i]));
                if (boundary && Substitutions.TryGetValue(text[start..i], out var other))
                {
                    words.Add((start, i - start, other));
                }

                start = -1;
            }
        }

        var chosen = words.OrderBy(_ => random.Next()).Take(ChangedWords).OrderBy(w => w.Start).ToList();
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (s, length, replacement) in chosen)
        {
            result.Append(text, at, s - at).Append(replacement);
            at = s + length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
