using System.Collections.Immutable;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Reads a Penn Treebank bracketed parse, e.g. <c>(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))</c>, as the
/// PETRARCH validation records supply it (issue 3 point 5: coding can run on a supplied parse). Linear time; nesting
/// deeper than <see cref="MaxDepth"/> is refused (STYLE §2: named limits for hostile input).
/// </summary>
public static class PennTreeReader
{
    /// <summary>Deepest nesting accepted.</summary>
    public const int MaxDepth = 256;

    /// <summary>Parses one tree.</summary>
    /// <exception cref="FormatException">When brackets do not balance, a node has no label, or nesting is too deep; the message gives the character offset.</exception>
    public static ParseNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = 0;
        var words = 0;
        SkipSpace(text, ref pos);
        var node = ReadNode(text, ref pos, ref words, 0);
        SkipSpace(text, ref pos);
        return pos == text.Length ? node : throw new FormatException($"Parse tree has text after its closing bracket at offset {pos}.");
    }

    /// <summary>Parses one tree without throwing.</summary>
    public static bool TryParse(string text, out ParseNode? tree, out string? error)
    {
        try
        {
            tree = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            tree = null;
            error = ex.Message;
            return false;
        }
    }

    private static ParseNode ReadNode(string text, ref int pos, ref int words, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"Parse tree nests deeper than {MaxDepth} at offset {pos}.");
        }

        if (pos >= text.Length || text[pos] != '(')
        {
            throw new FormatException($"Expected '(' at offset {pos}.");
        }

        pos++;
        SkipSpace(text, ref pos);
        var label = ReadAtom(text, ref pos);
        SkipSpace(text, ref pos);
        if (label.Length == 0 && pos < text.Length && text[pos] == '(')
        {
            label = "ROOT"; // "( (S …))": an unlabelled outer bracket, as some treebanks write it
        }

        if (label.Length == 0)
        {
            throw new FormatException($"Node without a label at offset {pos}.");
        }

        if (pos < text.Length && text[pos] != '(' && text[pos] != ')')
        {
            var word = ReadAtom(text, ref pos);
            SkipSpace(text, ref pos);
            Expect(text, ref pos, ')');
            return new ParseNode(label, word, words++, []);
        }

        var children = ImmutableArray.CreateBuilder<ParseNode>();
        while (pos < text.Length && text[pos] == '(')
        {
            children.Add(ReadNode(text, ref pos, ref words, depth + 1));
            SkipSpace(text, ref pos);
        }

        Expect(text, ref pos, ')');
        return new ParseNode(label, null, -1, children.ToImmutable());
    }

    private static string ReadAtom(string text, ref int pos)
    {
        var start = pos;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] != '(' && text[pos] != ')')
        {
            pos++;
        }

        return text[start..pos];
    }

    private static void Expect(string text, ref int pos, char c)
    {
        if (pos >= text.Length || text[pos] != c)
        {
            throw new FormatException(pos >= text.Length
                ? $"Parse tree ends before its brackets balance (expected '{c}' at offset {pos})."
                : $"Expected '{c}' at offset {pos}, found '{text[pos]}'.");
        }

        pos++;
    }

    private static void SkipSpace(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }
}
