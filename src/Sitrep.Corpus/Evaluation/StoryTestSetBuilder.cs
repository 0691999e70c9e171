using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Corpus.Stories;

namespace Sitrep.Corpus.Evaluation;

/// <summary>
/// Builds a story test set from the news corpus (issue 10 point 8), with a seed: (1) drawn articles, each with one to
/// three re-publications made by <see cref="RepublicationEdits"/> (one to three edits each, or a plain wire copy under
/// another outlet); (2) Reuters-21578 template stories as negatives: documents whose titles share a template after the
/// company ("X CORP &lt;XCO&gt; 1ST QTR NET") with other tickers and company names, taken in pairs whose shingles overlap (the hard ones),
/// and recurring reports under one title on three days or more (one document a day, in overlapping pairs), a quarter
/// of them re-published too (new headline, words changed, a day later: no paragraph added to a note of a few lines); (3) the articles the corpus marks <c>duplicate_of</c>, with their originals.
/// A drawn article that has a near copy among the set's other originals (Jaccard 0.3 or more; the corpus holds
/// unlabelled re-sends) is left out, since its gold story would be wrong.
/// </summary>
public static partial class StoryTestSetBuilder
{
    private static readonly string[] Outlets = ["AP", "AFP", "Reuters", "BBC", "Al Jazeera", "Xinhua", "Anadolu", "UPI", "DPA"];

    /// <summary>Builds the set.</summary>
    public static StoryTestSet Build(IReadOnlyList<NewsArticle> corpus, StoryTestSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var duplicateRoots = corpus.Where(a => a.DuplicateOf is not null).Select(a => a.DuplicateOf!).ToHashSet(StringComparer.Ordinal);
        var duplicates = corpus.Where(a => a.DuplicateOf is not null || duplicateRoots.Contains(a.Id)).ToList();
        var inDuplicates = duplicates.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var templates = Templates(corpus, inDuplicates, options, random);
        templates.AddRange(Series(corpus, inDuplicates, templates.Select(t => t.Id).ToHashSet(StringComparer.Ordinal), options, random));
        var templateIds = templates.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var titleCounts = corpus.Where(a => a.Title is not null).GroupBy(a => a.Title!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var eligible = corpus.Where(a => !inDuplicates.Contains(a.Id) && !templateIds.Contains(a.Id) && Words(a.Text) >= options.MinWords
            && (a.Title is null || titleCounts[a.Title] == 1)).ToList();
        var drawn = Shuffle(eligible, random).Take(options.Bases).ToList();
        var drawnIds = drawn.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var donors = corpus.Where(a => !drawnIds.Contains(a.Id) && !templateIds.Contains(a.Id) && !inDuplicates.Contains(a.Id) && Words(a.Text) >= options.MinWords
            && (options.Edits == RepublicationStyle.Harsh || DonorParagraphs(a).Count >= 2)).ToList();

        // Originals with a near copy among the others: the corpus's own unlabelled re-sends.
        var originals = drawn.Concat(templates).Concat(duplicates.Where(d => d.DuplicateOf is null)).ToList();
        var near = NearCopies(originals, options.HardTemplateJaccard);
        var bases = drawn.Where(a => !near.Contains(a.Id)).ToList();

        var items = new List<StoryTestItem>();
        foreach (var a in bases)
        {
            items.Add(Item(a, a.Id, "base"));
            var variants = 1 + random.Next(options.MaxVariants);
            for (var v = 1; v <= variants; v++)
            {
                items.Add(Republish(a, $"{a.Id}~r{v}", donors[random.Next(donors.Count)], random, short_: false, options.Edits));
            }
        }

        foreach (var t in templates)
        {
            items.Add(Item(t, t.Id, "template"));
            if (random.Next(4) == 0)
            {
                items.Add(Republish(t, $"{t.Id}~r1", donors[random.Next(donors.Count)], random, short_: true, options.Edits));
            }
        }

        foreach (var d in duplicates)
        {
            items.Add(Item(d, d.DuplicateOf ?? d.Id, "duplicate"));
        }

        return new StoryTestSet([.. Shuffle(items, random)], drawn.Count - bases.Count);
    }

    private static StoryTestItem Item(NewsArticle a, string story, string kind) => new(a.Id, a.Text, a.Title, a.Date, a.Source, story, kind);

    private static StoryTestItem Republish(NewsArticle a, string id, NewsArticle donor, Random random, bool short_, RepublicationStyle style)
    {
        var outlet = Outlets.Where(o => !string.Equals(o, a.Source, StringComparison.OrdinalIgnoreCase)).ElementAt(random.Next(Outlets.Length - 1));
        if (random.Next(5) == 0)
        {
            return new StoryTestItem(id, a.Text, a.Title, a.Date, outlet, a.Id, "wire");
        }

        string[] all = short_ ? ["headline", "words", "day"] : ["headline", "drop", "add", "words", "day"];
        var edits = style == RepublicationStyle.Harsh
            ? Shuffle(all, random).Take(1 + random.Next(3)).Order(StringComparer.Ordinal).ToList()
            : [OneEdit(all.Where(e => e != "drop" || RepublicationEdits.CanDropParagraph(a.Text)).ToArray(), random)];
        var (text, title, date) = (a.Text, a.Title, a.Date);
        var done = new List<string>();
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case "headline": title = RepublicationEdits.Headline(title, text, random); break;
                case "drop" when RepublicationEdits.DropParagraph(text, random) is { } dropped: text = dropped; break;
                case "drop": continue;
                case "add": text = RepublicationEdits.AddParagraph(text, Paragraph(donor, random), random); break;
                case "words": text = RepublicationEdits.ChangeWords(text, donor.Text, 1 + random.Next(3), random); break;
                default: text = RepublicationEdits.DayLater(text); date = date?.AddDays(1); break;
            }

            done.Add(edit);
        }

        return new StoryTestItem(id, text, title, date, outlet, a.Id, done.Count == 0 ? "wire" : string.Join('+', done));
    }

    // The issue's list names one edit per re-publication; "a paragraph dropped" only where the text has one to spare.
    private static string OneEdit(string[] edits, Random random) => edits[random.Next(edits.Length)];

    // A donor's paragraph of 8 words or more (a donor without paragraphs gives its whole text: the harsh set only).
    private static string Paragraph(NewsArticle donor, Random random)
    {
        var paragraphs = DonorParagraphs(donor);
        return paragraphs.Count == 0 ? donor.Text.Trim() : paragraphs[random.Next(paragraphs.Count)];
    }

    private static List<string> DonorParagraphs(NewsArticle donor) =>
        donor.Text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => Words(p) >= 8).ToList();

    // Reuters titles "COMPANY <TICKER> TEMPLATE": grouped by template; within a group, pairs with other tickers and
    // overlapping shingles, one document per (template, ticker).
    private static List<NewsArticle> Templates(IReadOnlyList<NewsArticle> corpus, HashSet<string> exclude, StoryTestSetOptions options, Random random)
    {
        var groups = corpus
            .Where(a => !exclude.Contains(a.Id) && a.Title is not null && TickerTitle().Match(a.Title) is { Success: true })
            .Select(a => (Article: a, Match: TickerTitle().Match(a.Title!)))
            .Select(x => (x.Article, Ticker: x.Match.Groups[2].Value.Split('.')[0].ToUpperInvariant(), Company: CompanyOf(x.Match), Template: Regex.Replace(x.Match.Groups[3].Value.ToUpperInvariant(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim()))
            .Where(x => x.Template.Length > 0)
            .GroupBy(x => x.Template, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var pairs = new List<(NewsArticle A, string TickerA, NewsArticle B, string TickerB, string Template)>();
        foreach (var g in groups)
        {
            var docs = g.DistinctBy(x => x.Ticker, StringComparer.Ordinal).DistinctBy(x => x.Company, StringComparer.Ordinal).ToList();
            var shingles = docs.Select(d => WordShingles.Of(d.Article.Text)).ToList();
            for (var i = 0; i < docs.Count; i++)
            {
                for (var j = i + 1; j < docs.Count; j++)
                {
                    if (docs[i].Article.Text != docs[j].Article.Text && MinHash.Jaccard(shingles[i].AsSpan(), shingles[j].AsSpan()) >= options.HardTemplateJaccard)
                    {
                        pairs.Add((docs[i].Article, docs[i].Ticker, docs[j].Article, docs[j].Ticker, g.Key));
                    }
                }
            }
        }

        var chosen = new List<NewsArticle>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, ta, b, tb, template) in Shuffle(pairs, random))
        {
            if (chosen.Count >= options.TemplateDocuments)
            {
                break;
            }

            foreach (var (doc, ticker) in new[] { (a, ta), (b, tb) })
            {
                // One document per (template, ticker), and no two identical texts (no text method tells those apart).
                if (taken.Add(template + "\u0001" + ticker) && texts.Add(doc.Text))
                {
                    chosen.Add(doc);
                }
            }
        }

        return chosen;
    }

    // Recurring reports under one title (a central bank's daily operations, weekly commodity tables): titles that come
    // back on three days or more; one document per day, in pairs whose shingles overlap, as many as the template pairs.
    private static List<NewsArticle> Series(IReadOnlyList<NewsArticle> corpus, HashSet<string> exclude, HashSet<string> taken, StoryTestSetOptions options, Random random)
    {
        var pairs = new List<(NewsArticle A, NewsArticle B)>();
        var groups = corpus
            .Where(a => !exclude.Contains(a.Id) && !taken.Contains(a.Id) && a.Title is not null && a.Date is not null && !TickerTitle().IsMatch(a.Title))
            .GroupBy(a => a.Title!, StringComparer.Ordinal)
            .Where(g => g.Select(a => a.Date).Distinct().Count() >= 3)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var docs = g.DistinctBy(a => a.Date).ToList();
            var shingles = docs.Select(d => WordShingles.Of(d.Text)).ToList();
            for (var i = 0; i < docs.Count; i++)
            {
                for (var j = i + 1; j < docs.Count; j++)
                {
                    if (docs[i].Text != docs[j].Text && MinHash.Jaccard(shingles[i].AsSpan(), shingles[j].AsSpan()) >= options.HardTemplateJaccard)
                    {
                        pairs.Add((docs[i], docs[j]));
                    }
                }
            }
        }

        var chosen = new List<NewsArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b) in Shuffle(pairs, random))
        {
            if (chosen.Count >= options.TemplateDocuments)
            {
                break;
            }

            chosen.AddRange(new[] { a, b }.Where(d => ids.Add(d.Id)));
        }

        return chosen;
    }

    // Reuters writes a company without a listed ticker in the brackets ("<CANADA SOUTHERN PETROLEUM LTD> 2ND QTR
    // LOSS"), so with nothing before the brackets the company is what they hold: that note and "CANADA SOUTHERN
    // PETROLEUM LTD<CSW> 2ND QTR LOSS" (the same note 26 seconds apart, one revenue figure corrected) are one company's
    // re-send, not a template pair.
    private static string CompanyOf(Match title) =>
        Company(title.Groups[1].Value) is { Length: > 0 } company ? company : Company(title.Groups[2].Value);

    // The company's first word, letters and digits only ("C.O.M.B." and "C.O.M.B" are one company, as are "WESTAMERICA
    // BANCORP" and "WESTAMERICA BANCORPORATION"): two tickers of one company are a re-send, not a template story.
    private static string Company(string name)
    {
        var words = name.Trim().TrimStart('<').Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w.Trim('(', ')') is "CORRECTED" or "RPT" or "REPEAT" or "UPDATE");
        var first = words.FirstOrDefault() ?? string.Empty;
        return new string([.. first.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
    }

    private static HashSet<string> NearCopies(List<NewsArticle> originals, double threshold)
    {
        var shingles = originals.Select(a => WordShingles.Of(a.Text)).ToArray();
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < shingles.Length; i++)
        {
            foreach (var s in shingles[i])
            {
                if (!postings.TryGetValue(s, out var list))
                {
                    postings[s] = list = [];
                }

                list.Add(i);
            }
        }

        var near = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < shingles.Length; i++)
        {
            var common = new Dictionary<int, int>();
            foreach (var s in shingles[i])
            {
                foreach (var j in postings[s])
                {
                    if (j != i)
                    {
                        common[j] = common.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, c) in common)
            {
                if ((double)c / (shingles[i].Length + shingles[j].Length - c) >= threshold)
                {
                    near.Add(originals[i].Id);
                    near.Add(originals[j].Id);
                }
            }
        }

        return near;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    [GeneratedRegex(@"^(.*?)\s*<([^>]+)>\s*(.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TickerTitle();
}
