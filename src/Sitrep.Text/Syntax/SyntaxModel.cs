using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Text.Syntax;

/// <summary>
/// A trained part-of-speech tagger and dependency parser (issue 3 point 5), read from and written to one compact
/// binary file: the magic <c>SITRSYNX</c>, a format version, then a zlib body (description, tag and relation names,
/// tag dictionary, sparse float16 weights) closed by an end marker. Immutable and thread-safe.
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>Version of the file format this code reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Longest run of words parsed as one unit; longer sentences are parsed in pieces joined at their roots.</summary>
    public const int MaxWords = 256;

    /// <summary>Default magnitude under which averaged weights are dropped when saving.</summary>
    public const float DefaultPrune = 0.01f;

    private const int EndMarker = 0x21444E45; // "END!"
    private static readonly byte[] Magic = "SITRSYNX"u8.ToArray();

    internal SyntaxModel(PosTagger tagger, DependencyParser parser, string description)
    {
        Tagger = tagger;
        Parser = parser;
        Description = description;
    }

    /// <summary>What the model was trained on and how.</summary>
    public string Description { get; }

    internal PosTagger Tagger { get; }

    internal DependencyParser Parser { get; }

    /// <summary>
    /// Tags and parses one sentence of words, each a span of <paramref name="text"/>. Writes, per word, its UPOS, XPOS,
    /// head (a word index into <paramref name="words"/>, -1 for the one root) and relation into <paramref name="output"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="output"/> is shorter than <paramref name="words"/>.</exception>
    public void Analyze(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, Span<TokenSyntax> output, SyntaxScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (output.Length < words.Length)
        {
            throw new ArgumentException($"output holds {output.Length} entries for {words.Length} words.", nameof(output));
        }

        var root = -1;
        for (var start = 0; start < words.Length; start += MaxWords)
        {
            var n = Math.Min(MaxWords, words.Length - start);
            scratch.Ensure(n);
            var hashes = scratch.Words.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                hashes[i] = WordHashes.Of(text[words[start + i].Start..words[start + i].End]);
            }

            var tags = scratch.Tags.AsSpan(0, n);
            var heads = scratch.Heads.AsSpan(0, n);
            var labels = scratch.Labels.AsSpan(0, n);
            Tagger.Tag(hashes, tags);
            Parser.Parse(hashes, tags, scratch.State, heads, labels);
            for (var i = 0; i < n; i++)
            {
                var head = heads[i] == 0 ? -1 : start + heads[i] - 1;
                var relation = Parser.Relations[labels[i]];
                if (head < 0 && root >= 0)
                {
                    // a later piece of an over-long sentence: its root hangs off the first piece's root
                    head = root;
                    relation = Parser.Relations[Parser.FallbackLabel];
                }
                else if (head < 0)
                {
                    root = start + i;
                }

                output[start + i] = new TokenSyntax(Tagger.UPos[tags[i]], Tagger.XPos[tags[i]], head, relation);
            }
        }
    }

    /// <summary>Writes the model.</summary>
    /// <param name="stream">Destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(FormatVersion));
        using var zip = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        w.Write(Description);
        WriteNames(w, Tagger.UPos);
        WriteNames(w, Tagger.XPos);
        WriteNames(w, Parser.Relations);
        w.Write(Tagger.FixedTags.Count);
        foreach (var (hash, tag) in Tagger.FixedTags.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write((byte)tag);
        }

        Tagger.Model.Write(w);
        Parser.Transitions.Write(w);
        Parser.Labels.Write(w);
        w.Write(EndMarker);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">Source.</param>
    /// <param name="source">File name for messages.</param>
    /// <exception cref="InvalidDataException">When the content is not a model of this format version, or is truncated or corrupt; the message names <paramref name="source"/>.</exception>
    public static SyntaxModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[Magic.Length + 4];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{source}: not a Sitrep syntax model (it does not start with 'SITRSYNX'). Train one with 'sitrep train'.");
        }

        var version = BitConverter.ToInt32(header, Magic.Length);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"{source}: syntax model format version {version}; this build reads version {FormatVersion}. Retrain with 'sitrep train'.");
        }

        try
        {
            using var zip = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
            var description = r.ReadString();
            var upos = ReadNames(r);
            var xpos = ReadNames(r);
            var relations = ReadNames(r);
            var count = r.ReadInt32();
            var fixedTags = new Dictionary<ulong, int>(Math.Clamp(count, 0, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var hash = r.ReadUInt64();
                int tag = r.ReadByte();
                fixedTags[hash] = tag < upos.Length ? tag : throw new InvalidDataException($"tag dictionary entry {i} has class {tag} of {upos.Length}.");
            }

            var tagger = new PosTagger(AveragedPerceptron.Read(r), upos, xpos, fixedTags);
            var parser = new DependencyParser(AveragedPerceptron.Read(r), AveragedPerceptron.Read(r), relations);
            if (r.ReadInt32() != EndMarker)
            {
                throw new InvalidDataException("the end marker is missing.");
            }

            return new SyntaxModel(tagger, parser, description);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw new InvalidDataException($"{source}: corrupt or truncated syntax model ({ex.Message}). Retrain with 'sitrep train' or restore the file.", ex);
        }
    }

    private static void WriteNames(BinaryWriter w, ImmutableArray<string> names)
    {
        w.Write(names.Length);
        foreach (var n in names)
        {
            w.Write(n);
        }
    }

    private static ImmutableArray<string> ReadNames(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n is < 1 or > 255)
        {
            throw new InvalidDataException($"a name list has {n} entries; expected 1-255.");
        }

        var names = ImmutableArray.CreateBuilder<string>(n);
        for (var i = 0; i < n; i++)
        {
            names.Add(string.Intern(r.ReadString()));
        }

        return names.MoveToImmutable();
    }
}
