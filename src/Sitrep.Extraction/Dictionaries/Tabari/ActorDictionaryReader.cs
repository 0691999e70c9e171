using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// Reads TABARI/PETRARCH actor dictionaries (issue 3 point 3): a root phrase line with an optional <c>[CODE]</c>, then
/// <c>+SYNONYM</c> lines, then optional tab-indented date-restricted codes <c>[CODE yymmdd-yymmdd]</c>,
/// <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c>. Pure: takes lines, returns immutable entries or throws naming the line.
/// </summary>
public static class ActorDictionaryReader
{
    /// <summary>Reads actor entries.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="lines">The file's raw lines.</param>
    /// <param name="problems">
    /// When given, a malformed line is recorded here and skipped (real dictionaries hold typos such as
    /// <c>[AFGGOV 9008223-911221]</c>); when null, the first malformed line throws.
    /// </param>
    /// <exception cref="TabariFormatException">On a malformed line when <paramref name="problems"/> is null; the message names the file and line.</exception>
    public static ImmutableArray<ActorEntry> Read(string source, IEnumerable<string> lines, ICollection<TabariFormatException>? problems = null)
    {
        var entries = ImmutableArray.CreateBuilder<ActorEntry>();
        List<DictionaryPhrase>? phrases = null;
        List<DatedCode>? codes = null;
        var rootLine = 0;

        void Flush()
        {
            if (phrases is not null)
            {
                entries.Add(new ActorEntry([.. phrases], [.. codes!], rootLine));
            }
        }

        foreach (var line in TabariLine.Read(source, lines))
        {
            try
            {
                ReadLine(line);
            }
            catch (TabariFormatException ex) when (problems is not null)
            {
                problems.Add(ex);
            }
        }

        Flush();
        return entries.ToImmutable();

        void ReadLine(TabariLine line)
        {
            var text = line.Text.Trim();
            if (text.StartsWith('['))
            {
                if (phrases is null)
                {
                    throw line.Error("a code line comes before any actor phrase.");
                }

                codes!.AddRange(ParseCodes(line, text));
                return;
            }

            if (text.StartsWith('+'))
            {
                if (phrases is null)
                {
                    throw line.Error("a '+' synonym comes before any actor phrase.");
                }

                var (synonym, synonymCodes) = SplitPhrase(line, text[1..]);
                phrases.Add(synonym);
                codes!.AddRange(synonymCodes);

                return;
            }

            var (root, rootCodes) = SplitPhrase(line, text);
            Flush();
            phrases = [root];
            codes = [.. rootCodes];
            rootLine = line.Number;
        }
    }

    private static (DictionaryPhrase Phrase, List<DatedCode> Codes) SplitPhrase(TabariLine line, string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var phraseText = bracket < 0 ? text : text[..bracket];
        var phrase = DictionaryPhrase.Parse(phraseText) ?? throw line.Error("the line has a code but no phrase.");
        CheckLength(line, phrase);
        return (phrase, bracket < 0 ? [] : ParseCodes(line, text[bracket..].Trim()));
    }

    /// <summary>Rejects a phrase longer than the matcher holds (<see cref="Actors.PhraseTrie{T}.MaxPhraseWords"/> words), naming the line.</summary>
    internal static void CheckLength(TabariLine line, DictionaryPhrase phrase)
    {
        if (phrase.Words.Length > Actors.PhraseTrie<int>.MaxPhraseWords)
        {
            throw line.Error($"the phrase has {phrase.Words.Length} words; a phrase may have at most {Actors.PhraseTrie<int>.MaxPhraseWords}.");
        }
    }

    /// <summary>Parses one or more bracket groups on a line: <c>[A 820101-911231] [B]</c>.</summary>
    private static List<DatedCode> ParseCodes(TabariLine line, string text)
    {
        var result = new List<DatedCode>();
        var rest = text.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var close = rest.IndexOf(']');
            if (rest[0] != '[' || close < 0)
            {
                throw line.Error($"'{rest.ToString()}' is not a bracketed code such as [LBYGOV] or [LBYGOV 140101-201231].");
            }

            result.Add(ParseCode(line, rest[..(close + 1)].ToString()));
            rest = rest[(close + 1)..].Trim();
        }

        return result;
    }

    /// <summary>Parses one group: <c>[CODE]</c>, <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c>, <c>[CODE date - date]</c>.</summary>
    internal static DatedCode ParseCode(TabariLine line, string text)
    {
        if (!text.StartsWith('[') || !text.EndsWith(']'))
        {
            throw line.Error($"'{text}' is not a bracketed code such as [LBYGOV] or [LBYGOV 140101-201231].");
        }

        var inner = text[1..^1].Trim();
        var space = inner.IndexOfAny([' ', '\t', '<', '>']);
        var codeText = space < 0 ? inner : inner[..space];
        var parts = codeText.Split('/');
        var code = ImmutableArray.CreateBuilder<ActorCode>(parts.Length);
        foreach (var part in parts)
        {
            code.Add(ActorCode.TryParse(part, out var c) ? c : throw line.Error($"'{codeText}' is not an actor code (letters and digits, or ---; '/' between the codes of a compound actor)."));
        }

        if (space < 0)
        {
            return new DatedCode(code.ToImmutable(), null, null);
        }

        var spec = inner[space..].Trim();
        DateOnly date;
        if (spec.StartsWith('<'))
        {
            // Before the date: the day itself belongs to the next code (HOB < 950601, then HOBGOV 19950601 - …).
            return TabariDate.TryParse(spec.AsSpan(1), out date) ? new DatedCode(code.ToImmutable(), null, date.AddDays(-1)) : throw BadDate(line, spec);
        }

        if (spec.StartsWith('>'))
        {
            return TabariDate.TryParse(spec.AsSpan(1), out date) ? new DatedCode(code.ToImmutable(), date, null) : throw BadDate(line, spec);
        }

        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && TabariDate.TryParse(spec.AsSpan(0, dash), out var from) && TabariDate.TryParse(spec.AsSpan(dash + 1), out var until))
        {
            return until < from ? throw line.Error($"date range '{spec}' ends before it starts.") : new DatedCode(code.ToImmutable(), from, until);
        }

        throw BadDate(line, spec);
    }

    private static TabariFormatException BadDate(TabariLine line, string spec) =>
        line.Error($"'{spec}' is not a date restriction: use <yymmdd, >yymmdd or yymmdd-yymmdd (or 8-digit years).");
}
