using System.Globalization;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>
/// Counts how newsroom-cased articles write each word inside a sentence (issue 8 point 4), to build
/// <c>data/lexicons/word-casing.txt</c> (<c>sitrep dictionaries casing</c>). Only sentences in
/// <see cref="CasingRegime.Normal"/> casing count, and in them only words a writer capitalises for what they are: not
/// a sentence's first word, nor the word after a quotation mark or a colon, nor a ticker symbol (<c>&lt;MOB&gt;</c>). A capitalised word is counted apart when a
/// capitalised neighbour makes it part of a longer name (<c>Lok Sabha</c>, <c>Golden Globe</c>), so that words that are
/// names on their own (<c>Iraq</c>) can be told from words of names (<c>Sabha</c>, <c>National</c>). Deterministic: the same articles give the
/// same file, whatever their order.
/// </summary>
public sealed class WordCasingTableBuilder
{
    /// <summary>File the table is written to, under <c>data/</c>.</summary>
    public const string RelativePath = "lexicons/word-casing.txt";

    /// <summary>The corpus files (under <c>../shared/data/news-corpus</c>) the shipped table is built from: newsroom-cased articles, never a gold set.</summary>
    public static IReadOnlyList<string> DefaultSources { get; } = ["bbc-news.jsonl", "reuters-21578.jsonl", "wikinews.jsonl"];

    /// <summary>A word goes into the table when seen at least this often, or once and only in lower case.</summary>
    public const int MinCount = 2;

    /// <summary>Longest word counted, in characters.</summary>
    public const int MaxWordLength = 40;

    private readonly Dictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    /// <summary>Articles counted.</summary>
    public int Documents { get; private set; }

    /// <summary>Words counted.</summary>
    public long Words { get; private set; }

    /// <summary>Counts the words of a document that has zones, tokens and sentences (the text layers).</summary>
    public void Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Tokens;
        var profile = CasingRegimeDetector.Detect(text, tokens, document.Sentences);
        Documents++;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            if (profile.Sentences[s] != CasingRegime.Normal)
            {
                continue;
            }

            var sentence = document.Sentences[s];
            var end = Math.Min(sentence.EndToken, tokens.Length);
            var firstWord = -1;
            var afterOpener = false;
            for (var t = sentence.FirstToken; t < end; t++)
            {
                var token = tokens[t];
                var word = text.AsSpan(token.Span.Start, token.Span.Length);
                if (token.Kind != TokenKind.Word)
                {
                    afterOpener = token.Kind == TokenKind.Quote || word is ":";
                    continue;
                }

                // "<MOB>", "<XON.N>": ticker symbols in angle brackets are codes, not words.
                var ticker = t > 0 && text.AsSpan(tokens[t - 1].Span.Start, tokens[t - 1].Span.Length) is "<";
                if (firstWord >= 0 && !afterOpener && !ticker && word.Length <= MaxWordLength && char.IsLetter(word[0]))
                {
                    // A capitalised word next to another (not the sentence's first) is part of a longer name.
                    var inName = (t - 1 > firstWord && IsCapitalisedWord(text, tokens[t - 1])) || (t + 1 < end && IsCapitalisedWord(text, tokens[t + 1]));
                    Count(word, inName);
                }

                firstWord = firstWord < 0 ? t : firstWord;
                afterOpener = false;
            }
        }
    }

    /// <summary>The table file: a versioned header, <paramref name="notes"/> as comment lines, then one word a line sorted by its lower-case form.</summary>
    /// <param name="version">The file version to write in the header.</param>
    /// <param name="notes">Lines saying where the counts come from (sources, licences, the command).</param>
    public string ToText(int version, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# word-casing v{version}: how edited news writes each word inside a sentence, for reading lower-case and all-caps text (issue 8 point 4). Columns: the word as most often written with a capital letter (or in lower case when never so written), times seen in lower case, times capitalised on its own, times capitalised next to another capitalised word (part of a longer name; a sentence's first word does not count). GENERATED: never edit by hand.\n");
        foreach (var note in notes)
        {
            sb.Append("# ").Append(note).Append('\n');
        }

        foreach (var (key, c) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // One sighting in lower case in edited text is enough to call a word common; a name needs two.
            if (c.Lower + c.Alone + c.InName < MinCount && !(c.Lower > 0 && c.Forms is null))
            {
                continue;
            }

            var form = c.Forms is null ? key : c.Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
            sb.Append(form).Append('\t').Append(c.Lower.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(c.Alone.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(c.InName.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]);

    private void Count(ReadOnlySpan<char> word, bool inName)
    {
        Words++;
        var key = word.ToString().ToLowerInvariant();
        if (!_counts.TryGetValue(key, out var c))
        {
            c = new Counts();
            _counts.Add(key, c);
        }

        if (word.SequenceEqual(key))
        {
            c.Lower++;
            return;
        }

        if (inName)
        {
            c.InName++;
        }
        else
        {
            c.Alone++;
        }

        c.Forms ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var form = word.ToString();
        c.Forms[form] = c.Forms.GetValueOrDefault(form) + 1;
    }

    private sealed class Counts
    {
        public int Lower { get; set; }

        public int Alone { get; set; }

        public int InName { get; set; }

        public Dictionary<string, int>? Forms { get; set; }
    }
}
