using System.Collections.Immutable;

namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>
/// Reads TABARI/PETRARCH agent dictionaries (issue 3 point 3): <c>!SET! = A, B</c> substitution sets, then lines
/// <c>PHRASE {PLURALS} [~CODE]</c>. Without braces a plural in <c>S</c>/<c>ES</c> is added; <c>{}</c> means no plural.
/// A <c>!SET!</c> inside a phrase expands to one phrase per member (<c>CONGRESS!PERSON!</c> → <c>CONGRESSMAN</c>, …).
/// </summary>
public static class AgentDictionaryReader
{
    /// <summary>Reads agent entries.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="lines">The file's raw lines.</param>
    /// <param name="problems">When given, malformed lines are recorded here and skipped; when null, the first one throws.</param>
    /// <exception cref="TabariFormatException">On a malformed line when <paramref name="problems"/> is null; the message names the file and line.</exception>
    public static ImmutableArray<AgentEntry> Read(string source, IEnumerable<string> lines, ICollection<TabariFormatException>? problems = null)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<AgentEntry>();
        foreach (var line in TabariLine.Read(source, lines))
        {
            var text = line.Text.Trim();
            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
            {
                var eq = text.IndexOf('=', StringComparison.Ordinal);
                var name = text[..eq].Trim();
                if (name.Length < 3 || !name.EndsWith('!'))
                {
                    throw line.Error($"'{name}' is not a substitution set name such as !PERSON!.");
                }

                sets[name] = [.. text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToUpperInvariant())];
                continue;
            }

            try
            {
                entries.Add(ParseEntry(line, text, sets));
            }
            catch (TabariFormatException ex) when (problems is not null)
            {
                problems.Add(ex);
            }
        }

        return entries.ToImmutable();
    }

    private static AgentEntry ParseEntry(TabariLine line, string text, Dictionary<string, string[]> sets)
    {
        var bracket = text.LastIndexOf('[');
        if (bracket < 0 || !text.EndsWith(']'))
        {
            throw line.Error("an agent line needs a code such as [~GOV] or [IGO~] at its end.");
        }

        var code = text[(bracket + 1)..^1].Trim();
        var isPrefix = code.EndsWith('~');
        if (!(code.StartsWith('~') ^ isPrefix) || code.Length < 2)
        {
            throw line.Error($"agent code '[{code}]' must have exactly one '~', before (suffix, [~GOV]) or after (prefix, [IGO~]).");
        }

        code = code.Trim('~').ToUpperInvariant();
        if (!code.All(char.IsAsciiLetterOrDigit))
        {
            throw line.Error($"agent code '{code}' may hold only letters and digits.");
        }

        var head = text[..bracket];
        List<string> forms;
        var brace = head.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var close = head.IndexOf('}', brace);
            if (close < 0)
            {
                throw line.Error("'{' is never closed.");
            }

            forms = [head[..brace]];
            forms.AddRange(head[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        else
        {
            var singular = head.Trim().TrimEnd('_');
            forms = [head, RegularPlural.Of(singular)];
        }

        var phrases = forms
            .SelectMany(f => Expand(line, f.Trim(), sets))
            .Select(DictionaryPhrase.Parse)
            .OfType<DictionaryPhrase>()
            .Distinct(PhraseComparer.Instance)
            .ToImmutableArray();
        foreach (var phrase in phrases)
        {
            ActorDictionaryReader.CheckLength(line, phrase);
        }

        return phrases.IsEmpty ? throw line.Error("the agent line has no phrase.") : new AgentEntry(phrases, code, isPrefix, line.Number);
    }

    private static IEnumerable<string> Expand(TabariLine line, string form, Dictionary<string, string[]> sets)
    {
        var start = form.IndexOf('!', StringComparison.Ordinal);
        if (start < 0)
        {
            yield return form;
            yield break;
        }

        var end = form.IndexOf('!', start + 1);
        if (end < 0)
        {
            throw line.Error($"'{form}' has an unclosed substitution set marker '!'.");
        }

        var name = form[start..(end + 1)];
        if (!sets.TryGetValue(name, out var members))
        {
            throw line.Error($"substitution set {name} is used before it is defined with '{name} = A, B'.");
        }

        foreach (var member in members)
        {
            foreach (var expanded in Expand(line, string.Concat(form.AsSpan(0, start), member, form.AsSpan(end + 1)), sets))
            {
                yield return expanded;
            }
        }
    }

    private sealed class PhraseComparer : IEqualityComparer<DictionaryPhrase>
    {
        public static readonly PhraseComparer Instance = new();

        public bool Equals(DictionaryPhrase? x, DictionaryPhrase? y) => x?.ToString() == y?.ToString();

        public int GetHashCode(DictionaryPhrase obj) => StringComparer.Ordinal.GetHashCode(obj.ToString());
    }
}
