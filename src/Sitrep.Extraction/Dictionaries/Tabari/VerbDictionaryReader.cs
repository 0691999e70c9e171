using System.Collections.Immutable;
using System.Text;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// Reads TABARI/PETRARCH verb dictionaries, both the PETRARCH-1 syntax of the validation suite and the PETRARCH-2
/// syntax of CAMEO.2.0 (issue 3 point 3): <c>&amp;SYNSET</c> headers with <c>+member</c> lines, <c>--- NAME [code] ---</c>
/// blocks, verb lines (<c>HURRY {HURRIES HURRIED}</c>, multi-word <c>KLM_NOP_+RST [002]</c>), pattern lines
/// <c>- * (TO BORDER) [154]</c> and <c>~</c> transformations. Pure: takes lines, returns an immutable dictionary.
/// </summary>
public static class VerbDictionaryReader
{
    /// <summary>Reads a verb dictionary.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="lines">Raw lines.</param>
    /// <param name="problems">When given, malformed lines are recorded here and skipped; when null, the first one throws.</param>
    /// <exception cref="TabariFormatException">On a malformed line when <paramref name="problems"/> is null.</exception>
    public static VerbLexicon Read(string source, IEnumerable<string> lines, ICollection<TabariFormatException>? problems = null)
    {
        var synsets = ImmutableDictionary.CreateBuilder<string, Synset>(StringComparer.Ordinal);
        var blocks = ImmutableArray.CreateBuilder<VerbBlock>();
        var transformations = ImmutableArray.CreateBuilder<Transformation>();
        (string Name, int Line, bool NoPlurals, List<DictionaryPhrase> Members)? synset = null;
        (string Name, string? Code, int Line, List<VerbEntry> Verbs, List<VerbPattern> Patterns)? block = null;

        void Close()
        {
            if (synset is { } s)
            {
                synsets[s.Name] = new Synset(s.Name, [.. s.Members], s.Line, s.NoPlurals);
                synset = null;
            }

            if (block is { } b)
            {
                blocks.Add(new VerbBlock(b.Name, b.Code, [.. b.Verbs], [.. b.Patterns], b.Line));
                block = null;
            }
        }

        foreach (var line in TabariLine.Read(source, lines))
        {
            try
            {
                var text = line.Text.Trim();
                if (text.StartsWith("---", StringComparison.Ordinal))
                {
                    Close();
                    var (name, code) = ParseHeader(line, text);
                    block = (name, code, line.Number, [], []);
                }
                else if (text.StartsWith('&'))
                {
                    Close();
                    var label = text.Split((char[])[' ', '\t'], 2)[0];
                    synset = (label.TrimEnd('_').ToUpperInvariant(), line.Number, label.EndsWith('_'), []);
                }
                else if (text.StartsWith('~'))
                {
                    var eq = text.IndexOf('=', StringComparison.Ordinal);
                    transformations.Add(eq < 0
                        ? throw line.Error("a transformation needs '=' between its pattern and its result.")
                        : new Transformation(text[1..eq].Trim(), text[(eq + 1)..].Trim(), line.Number));
                }
                else if (text.StartsWith('-'))
                {
                    (block ?? throw line.Error("a pattern line comes before any '--- VERB [code] ---' block.")).Patterns.Add(ParsePattern(line, text[1..]));
                }
                else if (synset is { } s && text.StartsWith('+'))
                {
                    s.Members.Add(DictionaryPhrase.Parse(text[1..]) ?? throw line.Error("a synset member line needs a phrase."));
                }
                else
                {
                    (block ?? throw line.Error("a verb line comes before any '--- VERB [code] ---' block.")).Verbs.Add(ParseVerb(line, text));
                }
            }
            catch (TabariFormatException ex) when (problems is not null)
            {
                problems.Add(ex);
            }
        }

        Close();
        return new VerbLexicon(synsets.ToImmutable(), blocks.ToImmutable(), transformations.ToImmutable());
    }

    private static (string Name, string? Code) ParseHeader(TabariLine line, string text)
    {
        var inner = text.Trim('-').Trim();
        var open = inner.IndexOf('[', StringComparison.Ordinal);
        var close = inner.IndexOf(']', StringComparison.Ordinal);
        if (open <= 0 || close < open)
        {
            throw line.Error("a block header must read '--- NAME [code] ---'.");
        }

        var code = ParseCode(line, inner[(open + 1)..close]);
        return (inner[..open].Trim().ToUpperInvariant(), code == "---" ? null : code);
    }

    // Codes as the files write them: [154], [075A], [042:043] (event and reciprocal), [:173] (reciprocal only),
    // [025?] (coder unsure), [---] (no event), [+++] (PETRARCH-1 special).
    private static string ParseCode(TabariLine line, string code)
    {
        code = code.Trim();
        var parts = code.Split(':');
        if (parts.Length > 2 || (parts.Length == 2 && parts.All(p => p.Length == 0)) || !parts.All(p => IsCodePart(p, allowEmpty: parts.Length == 2)))
        {
            throw line.Error($"'[{code}]' is not an event code: expected digits (with an optional letter or '?') such as [154], [075A], a pair [042:043] or [:173], or [---].");
        }

        return code.ToUpperInvariant();
    }

    private static bool IsCodePart(string part, bool allowEmpty) =>
        part.Length == 0 ? allowEmpty
        : part is "---" or "+++" || (part.TrimEnd('?').Length is >= 2 and <= 5 && part.TrimEnd('?').All(char.IsAsciiLetterOrDigit));

    private static VerbEntry ParseVerb(TabariLine line, string text)
    {
        string? code = null;
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var close = text.IndexOf(']', bracket);
            code = close < 0 ? throw line.Error("'[' is never closed.") : ParseCode(line, text[(bracket + 1)..close]);
            code = code == "---" ? null : code;
            text = text[..bracket];
        }

        var forms = ImmutableArray<string>.Empty;
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            forms = close < 0 ? throw line.Error("'{' is never closed.")
                : [.. text[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToUpperInvariant())];
            text = text[..brace];
        }

        var words = text.Trim().TrimStart('+').Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        var verbIndex = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        var phrase = DictionaryPhrase.Parse(string.Join('_', words.Select(w => w.TrimStart('+'))) + (text.TrimEnd().EndsWith('_') ? "_" : string.Empty))
            ?? throw line.Error("a verb line needs a verb.");
        return new VerbEntry(phrase, verbIndex, forms, code, line.Number);
    }

    private static VerbPattern ParsePattern(TabariLine line, string text)
    {
        var open = text.LastIndexOf('[');
        var close = text.LastIndexOf(']');
        if (open < 0 || close < open)
        {
            throw line.Error("a pattern line needs an event code such as [154] at its end.");
        }

        var code = ParseCode(line, text[(open + 1)..close]);
        var raw = text[..open].Trim();
        var elements = ImmutableArray.CreateBuilder<PatternElement>();
        var word = new StringBuilder();
        var joined = false;

        void Emit(PatternElementKind kind, string value)
        {
            elements.Add(new PatternElement(kind, value, joined));
            joined = false;
        }

        void FlushWord()
        {
            if (word.Length > 0)
            {
                var w = word.ToString().ToUpperInvariant();
                Emit(w.StartsWith('&') ? PatternElementKind.Synset : PatternElementKind.Word, w);
                word.Clear();
            }
        }

        foreach (var c in raw)
        {
            PatternElementKind? marker = c switch
            {
                '*' => PatternElementKind.Verb,
                '$' => PatternElementKind.Source,
                '+' => PatternElementKind.Target,
                '%' => PatternElementKind.Compound,
                '^' => PatternElementKind.Skip,
                '(' => PatternElementKind.OpenPreposition,
                ')' => PatternElementKind.ClosePreposition,
                '{' => PatternElementKind.OpenNoun,
                '}' => PatternElementKind.CloseNoun,
                _ => null,
            };
            if (marker is { } kind)
            {
                FlushWord();
                Emit(kind, string.Empty);
            }
            else if (c == '_')
            {
                FlushWord();
                joined = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                FlushWord();
            }
            else
            {
                word.Append(c);
            }
        }

        FlushWord();
        return elements.Count == 0 ? throw line.Error("the pattern is empty.") : new VerbPattern(elements.ToImmutable(), code, raw, line.Number);
    }
}
