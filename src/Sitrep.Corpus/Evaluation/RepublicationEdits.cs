using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Corpus.Evaluation;

/// <summary>
/// The edits of a re-publication that issue 10 point 1 lists, each a pure function of the text and a random source: a
/// new headline, a paragraph dropped or added, a few words changed, a date a day later; a wire copy is the text as it is.
/// </summary>
public static partial class RepublicationEdits
{
    private static readonly string[] HeadlineForms = ["UPDATE 1-{0}", "{0} - sources", "RPT-{0}", "WRAPUP 1-{0}", "{0} (updated)"];

    /// <summary>A new headline for <paramref name="title"/> (or for the text's first words when there is none).</summary>
    public static string Headline(string? title, string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        var basis = title ?? string.Join(' ', text.Split(' ', 9, StringSplitOptions.RemoveEmptyEntries).Take(8));
        return string.Format(CultureInfo.InvariantCulture, HeadlineForms[random.Next(HeadlineForms.Length)], basis);
    }

    /// <summary>Whether <see cref="DropParagraph"/> has a paragraph to drop: the text has three or more.</summary>
    public static bool CanDropParagraph(string text) => Paragraphs(text).Length >= 3;

    /// <summary>Drops one paragraph other than the first; null when the text has fewer than three.</summary>
    public static string? DropParagraph(string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!CanDropParagraph(text))
        {
            return null;
        }

        var paragraphs = Paragraphs(text);
        var drop = 1 + random.Next(paragraphs.Length - 1);
        return string.Join("\n\n", paragraphs.Where((_, i) => i != drop));
    }

    /// <summary>Adds <paramref name="paragraph"/> after a paragraph of the text (the first stays first).</summary>
    public static string AddParagraph(string text, string paragraph, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var paragraphs = Paragraphs(text).ToList();
        paragraphs.Insert(1 + random.Next(paragraphs.Count), paragraph.Trim());
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Replaces <paramref name="count"/> words of three letters or more by lower-case words of <paramref name="donor"/>.</summary>
    public static string ChangeWords(string text, string donor, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        var words = Word().Matches(text).ToList();
        var replacements = Word().Matches(donor).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || replacements.Count == 0)
        {
            return text;
        }

        var chosen = Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)]).DistinctBy(m => m.Index).OrderByDescending(m => m.Index);
        var result = text;
        foreach (var m in chosen)
        {
            result = string.Concat(result.AsSpan(0, m.Index), replacements[random.Next(replacements.Count)], result.AsSpan(m.Index + m.Length));
        }

        return result;
    }

    /// <summary>
    /// The text with its dateline's date (<c>WASHINGTON, March 30 -</c>, at the start of the text) a day later; the text
    /// unchanged when it has no dateline. The publication date of the item moves with it (the caller's part).
    /// </summary>
    public static string DayLater(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DateInLead().Match(text[..Math.Min(text.Length, 80)]);
        if (!m.Success || !int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day >= 28)
        {
            return text;
        }

        var g = m.Groups[2];
        return string.Concat(text.AsSpan(0, g.Index), (day + 1).ToString(CultureInfo.InvariantCulture), text.AsSpan(g.Index + g.Length));
    }

    private static string[] Paragraphs(string text) =>
        text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(Jan|January|Feb|February|March|April|May|June|July|Aug|August|Sept|September|Oct|October|Nov|November|Dec|December)\.? (\d{1,2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateInLead();
}
