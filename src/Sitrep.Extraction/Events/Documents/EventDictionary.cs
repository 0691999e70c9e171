using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Codebook;
using Sitrep.Extraction.Events.Coding;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// A verb-pattern dictionary ready for the document <see cref="EventCoder"/>: the trigger index, the synsets expanded
/// to word sequences, and every code checked against the CAMEO codebook (issue 3 point 2). Built from our own
/// <c>data/events/verbs.txt</c> or from any TABARI/PETRARCH verb dictionary (<see cref="FromLexicon"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Issue 3 names it: a verb-pattern dictionary in the TABARI sense, not a collection type.")]
public sealed class EventDictionary
{
    /// <summary>Where our own verb-pattern dictionary lives under <c>data/</c>.</summary>
    public const string RelativePath = "events/verbs.txt";

    private readonly FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> _synsets;
    private readonly Dictionary<VerbPattern, PatternShape> _shapes;

    private EventDictionary(string source, VerbLexicon lexicon, CameoCodebook codebook, FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> synsets)
    {
        Source = source;
        Lexicon = lexicon;
        Codebook = codebook;
        _synsets = synsets;
        Triggers = new VerbIndex(lexicon);
        _shapes = new Dictionary<VerbPattern, PatternShape>(ReferenceEqualityComparer.Instance);
        foreach (var pattern in lexicon.Blocks.SelectMany(b => b.Patterns))
        {
            _shapes[pattern] = PatternShape.Of(pattern);
        }
    }

    /// <summary>The file the dictionary came from, as rules cite it (<c>events/verbs.txt</c>).</summary>
    public string Source { get; }

    /// <summary>The parsed dictionary.</summary>
    public VerbLexicon Lexicon { get; }

    /// <summary>The codebook that gives each code its Goldstein value and PLOVER category.</summary>
    public CameoCodebook Codebook { get; }

    internal VerbIndex Triggers { get; }

    /// <summary>A pattern split at its trigger, computed once.</summary>
    internal PatternShape ShapeOf(VerbPattern pattern) => _shapes.TryGetValue(pattern, out var shape) ? shape : PatternShape.Of(pattern);

    /// <summary>The word sequences (upper case) a synset stands for, members of nested synsets included.</summary>
    /// <exception cref="KeyNotFoundException">When the dictionary has no such synset.</exception>
    public ImmutableArray<ImmutableArray<string>> SynsetMembers(string name) =>
        _synsets.TryGetValue(name, out var members) ? members : throw new KeyNotFoundException($"The verb dictionary {Source} has no synset '{name}'.");

    /// <summary>The word sequences of synset <paramref name="name"/>, or empty when the dictionary has none (a user's TABARI file).</summary>
    public ImmutableArray<ImmutableArray<string>> SynsetMembersOrEmpty(string name) =>
        _synsets.TryGetValue(name, out var members) ? members : [];

    /// <summary>Builds the dictionary from a parsed lexicon.</summary>
    /// <param name="source">File name for rules and messages.</param>
    /// <param name="lexicon">The parsed verb dictionary.</param>
    /// <param name="codebook">The CAMEO codebook.</param>
    /// <param name="strict">When true, a code that is not a CAMEO code in the codebook or a pattern naming an unknown
    /// synset is an error naming the line; when false (users' TABARI files with <c>075A</c> or test codes) such
    /// patterns simply never code.</param>
    /// <exception cref="DataFileException">In strict mode, on the first bad code or synset, naming file and line.</exception>
    public static EventDictionary FromLexicon(string source, VerbLexicon lexicon, CameoCodebook codebook, bool strict)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(codebook);
        if (strict)
        {
            Validate(source, lexicon, codebook);
        }

        var expanded = new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var name in lexicon.Synsets.Keys)
        {
            expanded[name] = [.. Expand(lexicon, name, [])];
        }

        return new EventDictionary(source, lexicon, codebook, expanded.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Reads and builds our own dictionary from a <see cref="DataFile"/> (STYLE A7).</summary>
    /// <exception cref="DataFileException">On a malformed line, an unknown code or synset, naming file and line.</exception>
    public static EventDictionary Load(DataFile file, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FromLexicon(RelativePath, ReadLexicon(file.Path, null), codebook, strict: true);
    }

    /// <summary>
    /// Reads a TABARI/PETRARCH-1 verb file; a malformed line is a <see cref="DataFileException"/> naming file and line,
    /// or, when <paramref name="problems"/> is given, skipped and added to it.
    /// </summary>
    internal static VerbLexicon ReadLexicon(string path, ICollection<TabariFormatException>? problems)
    {
        try
        {
            // The TABARI reader numbers raw lines itself, so it gets the file's raw lines, header comment included.
            return VerbDictionaryReader.Read(path, File.ReadLines(path), problems);
        }
        catch (TabariFormatException ex)
        {
            var prefix = $"{ex.FileName}:{ex.Line}: ";
            throw new DataFileException(ex.FileName, ex.Line, ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message);
        }
    }

    private static void Validate(string source, VerbLexicon lexicon, CameoCodebook codebook)
    {
        void Check(string? code, int line)
        {
            if (code is null)
            {
                return;
            }

            if (!PairedCode.TryParse(code, out var paired))
            {
                throw new DataFileException(source, line, $"'[{code}]' is not a CAMEO event code (expected digits such as [190] or a pair [042:043]).");
            }

            foreach (var c in new[] { paired.Forward, paired.Reverse })
            {
                if (c is { } value && !codebook.Contains(value))
                {
                    throw new DataFileException(source, line, $"event code {value} is not in the CAMEO codebook ({CameoCodebook.RelativePath}).");
                }
            }
        }

        foreach (var block in lexicon.Blocks)
        {
            Check(block.Code, block.Line);
            foreach (var verb in block.Verbs)
            {
                Check(verb.Code, verb.Line);
            }

            foreach (var pattern in block.Patterns)
            {
                Check(pattern.Code, pattern.Line);
                foreach (var element in pattern.Elements)
                {
                    if (element.Kind == PatternElementKind.Synset && !lexicon.Synsets.ContainsKey(element.Text))
                    {
                        throw new DataFileException(source, pattern.Line, $"the pattern names synset '{element.Text}', which the file never defines.");
                    }
                }
            }
        }
    }

    private static IEnumerable<ImmutableArray<string>> Expand(VerbLexicon lexicon, string name, HashSet<string> seen)
    {
        if (!seen.Add(name) || !lexicon.Synsets.TryGetValue(name, out var synset))
        {
            yield break;
        }

        foreach (var member in synset.Members)
        {
            if (member.Words.Length == 1 && member.Words[0].StartsWith('&'))
            {
                foreach (var nested in Expand(lexicon, member.Words[0], seen))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return member.Words;
            }
        }
    }
}
