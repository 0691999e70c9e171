using System.Collections.Immutable;
using System.Globalization;

namespace Sitrep.Text.Syntax;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies): sentences separated by blank lines, <c>#</c> comments, ten TAB-separated
/// columns per word. Multi-word token ranges (<c>1-2</c>) and empty nodes (<c>1.1</c>) are skipped. Streams, so a
/// whole treebank never sits in memory.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads sentences from lines.</summary>
    /// <param name="source">Name for messages.</param>
    /// <param name="lines">Raw lines.</param>
    /// <exception cref="FormatException">On a malformed word line; the message names the source and line.</exception>
    public static IEnumerable<ConlluSentence> Read(string source, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? id = null, text = null;
        var tokens = ImmutableArray.CreateBuilder<ConlluToken>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0)
                {
                    yield return new ConlluSentence(id, text, tokens.ToImmutable());
                }

                tokens.Clear();
                id = text = null;
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..].Trim();
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{source}:{number}: expected 10 TAB-separated columns, found {cols.Length}.");
            }

            if (cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head))
            {
                throw new FormatException($"{source}:{number}: ID '{cols[0]}' and HEAD '{cols[6]}' must be whole numbers.");
            }

            tokens.Add(new ConlluToken(index, cols[1], cols[2], cols[3], cols[4], head, cols[7]));
        }

        if (tokens.Count > 0)
        {
            yield return new ConlluSentence(id, text, tokens.ToImmutable());
        }
    }
}
