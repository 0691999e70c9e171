using System.Collections.Frozen;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Quotes;

/// <summary>Loads the quote attributor's data files through <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class QuoteLexiconLoader
{
    /// <summary>Reporting words: <c>data/lexicons/quote-cues.txt</c>.</summary>
    public const string CuesFile = "lexicons/quote-cues.txt";

    /// <summary>Source nouns: <c>data/lexicons/quote-sources.txt</c>.</summary>
    public const string SourcesFile = "lexicons/quote-sources.txt";

    /// <summary>Title words: <c>data/lexicons/speaker-titles.txt</c>.</summary>
    public const string TitlesFile = "lexicons/speaker-titles.txt";

    /// <summary>The quote lexicon, built once per catalog.</summary>
    /// <exception cref="DataFileException">When a file is missing or a line is malformed; the message names file and line.</exception>
    public static QuoteLexicon QuoteLexicon(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get("quotes/lexicon", Build);
    }

    private static QuoteLexicon Build(DataCatalog catalog)
    {
        var cuesFile = catalog.File(CuesFile);
        var cues = new Dictionary<string, CueClass>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        foreach (var line in cuesFile.Lines)
        {
            var f = line.Fields;
            if (f.Length != 2 || f[0].Length == 0)
            {
                throw line.Error("expected 'word<TAB>class'.");
            }

            var cls = f[1] switch
            {
                "say" => CueClass.Say,
                "tell" => CueClass.Tell,
                "source" => CueClass.Source,
                "label" => CueClass.Label,
                "direct" => CueClass.Direct,
                _ => throw line.Error($"unknown class '{f[1]}': use say, tell, source, label or direct."),
            };
            var key = f[0].ToLowerInvariant();
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add(key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (!cues.TryAdd(key, cls))
            {
                throw line.Error($"duplicate cue '{key}'.");
            }
        }

        var sourcesFile = catalog.File(SourcesFile);
        var nouns = new Dictionary<string, SourceNounClass>(StringComparer.Ordinal);
        foreach (var line in sourcesFile.Lines)
        {
            var f = line.Fields;
            if (f.Length != 2 || f[0].Length == 0)
            {
                throw line.Error("expected 'noun<TAB>class'.");
            }

            var cls = f[1] switch
            {
                "anonymous" => SourceNounClass.Anonymous,
                "institution" => SourceNounClass.Institution,
                "document" => SourceNounClass.Document,
                "anonymous-document" => SourceNounClass.AnonymousDocument,
                _ => throw line.Error($"unknown class '{f[1]}': use anonymous, institution, document or anonymous-document."),
            };
            if (!nouns.TryAdd(f[0].ToLowerInvariant(), cls))
            {
                throw line.Error($"duplicate noun '{f[0]}'.");
            }
        }

        var titlesFile = catalog.File(TitlesFile);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in titlesFile.Lines)
        {
            if (line.Fields.Length != 1)
            {
                throw line.Error("expected one word per line.");
            }

            titles.Add(line.Text.Trim().ToLowerInvariant());
        }

        return new QuoteLexicon(
            cues.ToFrozenDictionary(StringComparer.Ordinal),
            phrases,
            nouns.ToFrozenDictionary(StringComparer.Ordinal),
            titles.ToFrozenSet(StringComparer.Ordinal),
            [cuesFile.Stamp, sourcesFile.Stamp, titlesFile.Stamp]);
    }
}
