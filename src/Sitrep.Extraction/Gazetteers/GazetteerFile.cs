using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Extraction.Gazetteers;

/// <summary>
/// The compact binary form of a <see cref="Gazetteer"/>: the magic <c>SRGZ</c>, a format version, the stamp of what
/// it was built from, then every table as a length and its raw little-endian elements. Loading is a handful of bulk
/// reads (no parsing per place), so the default index of about 200,000 places loads in well under a second.
/// </summary>
public static class GazetteerFile
{
    /// <summary>The format version written; files of another version are refused (rebuild them).</summary>
    public const int FormatVersion = 3;

    /// <summary>Largest table length accepted when reading (guards against a corrupt length).</summary>
    public const int MaxTableLength = 1 << 28;

    private static ReadOnlySpan<byte> Magic => "SRGZ"u8;

    /// <summary>Writes <paramref name="gazetteer"/> to a file, atomically: a temporary file beside it, then a rename.</summary>
    public static void Save(Gazetteer gazetteer, string path)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(gazetteer, stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Reads a gazetteer file.</summary>
    /// <exception cref="InvalidDataException">When the file is not a gazetteer index of this format version, or is truncated or corrupt; the message names the file.</exception>
    public static Gazetteer Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return Read(stream);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or OverflowException)
        {
            throw new InvalidDataException($"{path}: not a readable Sitrep gazetteer index ({ex.Message}). Rebuild it with 'sitrep gazetteer build' or 'sitrep gazetteer import'.", ex);
        }
    }

    /// <summary>Reads only the stamp of a gazetteer file, or null when it is not a gazetteer index of this format version.</summary>
    public static string? ReadStamp(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var stream = File.OpenRead(path);
            return ReadHeader(stream);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes a gazetteer to a stream.</summary>
    public static void Write(Gazetteer gazetteer, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(stream);
        EnsureLittleEndian();
        var t = gazetteer.Tables;
        stream.Write(Magic);
        WriteInt(stream, FormatVersion);
        WriteString(stream, t.Stamp);
        WriteArray<int>(stream, t.Ids);
        WriteArray<float>(stream, t.Latitudes);
        WriteArray<float>(stream, t.Longitudes);
        WriteArray<int>(stream, t.Populations);
        WriteArray<byte>(stream, t.Features);
        WriteStrings(stream, t.FeatureCodes);
        WriteArray<ushort>(stream, t.Countries);
        WriteStrings(stream, t.CountryCodes);
        WriteStrings(stream, t.CountryIso3);
        WriteArray<ushort>(stream, t.Admin1s);
        WriteStrings(stream, t.Admin1Codes);
        WriteArray<ushort>(stream, t.Admin2s);
        WriteStrings(stream, t.Admin2Codes);
        WriteArray<int>(stream, t.NameStrings);
        WriteArray<char>(stream, t.Chars);
        WriteArray<int>(stream, t.StringStarts);
        WriteArray<int>(stream, t.KeyStrings);
        WriteArray<int>(stream, t.PostingStarts);
        WriteArray<int>(stream, t.Postings);
        WriteArray<int>(stream, t.Buckets);
        WriteArray<int>(stream, t.BoundedEntries);
        WriteArray<float>(stream, t.Bounds);
        WriteArray<int>(stream, t.DemonymStrings);
        WriteArray<ushort>(stream, t.DemonymCountries);
        WriteArray<int>(stream, t.PrefixStrings);
        WriteArray<int>(stream, t.PrefixBuckets);
    }

    /// <summary>Reads a gazetteer from a stream.</summary>
    /// <exception cref="InvalidDataException">When the stream does not hold a valid index of this format version.</exception>
    /// <exception cref="EndOfStreamException">When the stream is truncated.</exception>
    public static Gazetteer Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        EnsureLittleEndian();
        var stamp = ReadHeader(stream) ?? throw new InvalidDataException($"not a gazetteer index of format version {FormatVersion}");
        var tables = new GazetteerTables
        {
            Stamp = stamp,
            Ids = ReadArray<int>(stream),
            Latitudes = ReadArray<float>(stream),
            Longitudes = ReadArray<float>(stream),
            Populations = ReadArray<int>(stream),
            Features = ReadArray<byte>(stream),
            FeatureCodes = ReadStrings(stream),
            Countries = ReadArray<ushort>(stream),
            CountryCodes = ReadStrings(stream),
            CountryIso3 = ReadStrings(stream),
            Admin1s = ReadArray<ushort>(stream),
            Admin1Codes = ReadStrings(stream),
            Admin2s = ReadArray<ushort>(stream),
            Admin2Codes = ReadStrings(stream),
            NameStrings = ReadArray<int>(stream),
            Chars = ReadArray<char>(stream),
            StringStarts = ReadArray<int>(stream),
            KeyStrings = ReadArray<int>(stream),
            PostingStarts = ReadArray<int>(stream),
            Postings = ReadArray<int>(stream),
            Buckets = ReadArray<int>(stream),
            BoundedEntries = ReadArray<int>(stream),
            Bounds = ReadArray<float>(stream),
            DemonymStrings = ReadArray<int>(stream),
            DemonymCountries = ReadArray<ushort>(stream),
            PrefixStrings = ReadArray<int>(stream),
            PrefixBuckets = ReadArray<int>(stream),
        };
        Validate(tables);
        return new Gazetteer(tables);
    }

    private static string? ReadHeader(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        return magic.SequenceEqual(Magic) && ReadInt(stream) == FormatVersion ? ReadString(stream) : null;
    }

    // Cheap checks that every index points inside its table, so a corrupt file fails here, not in a lookup.
    private static void Validate(GazetteerTables t)
    {
        var n = t.Ids.Length;
        if (t.Latitudes.Length != n || t.Longitudes.Length != n || t.Populations.Length != n || t.Features.Length != n
            || t.Countries.Length != n || t.Admin1s.Length != n || t.Admin2s.Length != n || t.NameStrings.Length != n
            || t.CountryIso3.Length != t.CountryCodes.Length || t.PostingStarts.Length != t.KeyStrings.Length + 1
            || t.Bounds.Length != 4 * t.BoundedEntries.Length || t.DemonymCountries.Length != t.DemonymStrings.Length
            || t.StringStarts.Length == 0 || t.StringStarts[^1] != t.Chars.Length || t.PostingStarts[^1] != t.Postings.Length
            || (t.Buckets.Length & (t.Buckets.Length - 1)) != 0 || t.Buckets.Length < t.KeyStrings.Length
            || (t.PrefixBuckets.Length & (t.PrefixBuckets.Length - 1)) != 0 || t.PrefixBuckets.Length < t.PrefixStrings.Length)
        {
            throw new InvalidDataException("table lengths do not agree");
        }

        var strings = t.StringStarts.Length - 1;
        for (var i = 0; i < strings; i++)
        {
            if (t.StringStarts[i] < 0 || t.StringStarts[i] > t.StringStarts[i + 1])
            {
                throw new InvalidDataException("string offsets out of order");
            }
        }

        Check(t.NameStrings, strings, "name");
        Check(t.KeyStrings, strings, "key");
        Check(t.DemonymStrings, strings, "demonym");
        Check(t.Buckets, t.KeyStrings.Length + 1, "bucket");
        Check(t.PrefixStrings, strings, "prefix");
        Check(t.PrefixBuckets, t.PrefixStrings.Length + 1, "prefix bucket");
        Check(t.BoundedEntries, n, "bounds");
        foreach (var f in t.Features)
        {
            Check(f, t.FeatureCodes.Length, "feature");
        }

        foreach (var c in t.Countries)
        {
            Check(c, t.CountryCodes.Length, "country");
        }

        foreach (var c in t.DemonymCountries)
        {
            Check(c, t.CountryCodes.Length, "country");
        }

        foreach (var a in t.Admin1s)
        {
            Check(a, t.Admin1Codes.Length, "admin1");
        }

        foreach (var a in t.Admin2s)
        {
            Check(a, t.Admin2Codes.Length, "admin2");
        }

        foreach (var p in t.Postings)
        {
            Check(p >> 2, n, "posting");
        }

        for (var k = 0; k < t.KeyStrings.Length; k++)
        {
            if (t.PostingStarts[k] < 0 || t.PostingStarts[k] > t.PostingStarts[k + 1])
            {
                throw new InvalidDataException("posting offsets out of order");
            }
        }
    }

    private static void Check(ReadOnlySpan<int> values, int limit, string what)
    {
        foreach (var v in values)
        {
            Check(v, limit, what);
        }
    }

    private static void Check(int value, int limit, string what)
    {
        if ((uint)value >= (uint)limit)
        {
            throw new InvalidDataException($"{what} index {value} out of range");
        }
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The gazetteer index format is little-endian; this machine is big-endian.");
        }
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        stream.Write(b);
    }

    private static int ReadInt(Stream stream)
    {
        Span<byte> b = stackalloc byte[4];
        stream.ReadExactly(b);
        return BinaryPrimitives.ReadInt32LittleEndian(b);
    }

    private static void WriteString(Stream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt(stream, bytes.Length);
        stream.Write(bytes);
    }

    private static string ReadString(Stream stream)
    {
        var length = ReadInt(stream);
        if (length is < 0 or > 1 << 20)
        {
            throw new InvalidDataException($"string length {length} out of range");
        }

        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static void WriteStrings(Stream stream, string[] values)
    {
        WriteInt(stream, values.Length);
        foreach (var v in values)
        {
            WriteString(stream, v);
        }
    }

    private static string[] ReadStrings(Stream stream)
    {
        var count = ReadInt(stream);
        if (count is < 0 or > ushort.MaxValue + 1)
        {
            throw new InvalidDataException($"string table length {count} out of range");
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = ReadString(stream);
        }

        return values;
    }

    private static void WriteArray<T>(Stream stream, T[] values)
        where T : unmanaged
    {
        WriteInt(stream, values.Length);
        stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(Stream stream)
        where T : unmanaged
    {
        var length = ReadInt(stream);
        if (length is < 0 or > MaxTableLength)
        {
            throw new InvalidDataException($"table length {length} out of range");
        }

        var values = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
