using Sitrep.Core.Model;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>Texts and documents for the stories index tests: an article, its re-publications and template stories.</summary>
internal static class StoryTexts
{
    public const string Article =
        "ANKARA, Jan 8 - Turkey has started sending military advisers to Libya to support the internationally recognised government in Tripoli, President Tayyip Erdogan said on Wednesday.\n\n"
        + "The government of Prime Minister Fayez al-Serraj has been fending off an offensive by eastern forces loyal to commander Khalifa Haftar, who is backed by Russia, Egypt and the United Arab Emirates.\n\n"
        + "Erdogan said the Turkish troops would coordinate the defence of the capital and that a field hospital would follow, adding that no combat units had been sent so far.\n\n"
        + "Diplomats in the region said the deployment risked widening a conflict that has drawn in regional powers, and the United Nations envoy called for an immediate ceasefire.";

    public const string Earnings =
        "MILWAUKEE, March 2 - Shr 24 cts vs 1.20 dlrs\n\nNet 5.8 mln vs 20.2 mln\n\nRevs 193.5 mln vs 107.0 mln\n\nAvg shrs 16.4 mln vs 12.3 mln\n\n"
        + "NOTE: 1987 net includes tax credits equal to 18 cts.\n\nPeriods end January 31, 1987 and 1986, respectively.\n\nReuter";

    // The same note for another company: other figures in the same wording.
    public const string OtherEarnings =
        "MILWAUKEE, March 2 - Shr 31 cts vs 1.45 dlrs\n\nNet 6.1 mln vs 22.7 mln\n\nRevs 193.5 mln vs 117.0 mln\n\nAvg shrs 16.4 mln vs 12.3 mln\n\n"
        + "NOTE: 1987 net includes tax credits equal to 11 cts.\n\nPeriods end January 31, 1987 and 1986, respectively.\n\nReuter";

    /// <summary>The article with its second paragraph dropped.</summary>
    public static string Dropped => string.Join("\n\n", Article.Split("\n\n").Where((_, i) => i != 1));

    /// <summary>The article with a paragraph added and a word changed.</summary>
    public static string Updated =>
        Article.Replace("said on Wednesday", "said on Thursday", StringComparison.Ordinal)
        + "\n\nThe Libyan National Army said it would keep up its advance on the capital despite the Turkish deployment.";

    public static Document Doc(string id, string text, string? title = null, string? source = "Reuters", DateOnly? date = null) =>
        new(id, text, new DocumentMetadata { Title = title, Source = source, Date = date ?? new DateOnly(2020, 1, 8) });
}
