namespace Sitrep.Text.Ingest;

/// <summary>Splits a stream into lines of bytes (LF or CRLF), skipping the body of any line longer than a limit.</summary>
internal static class ByteLineReader
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Yields every line of <paramref name="stream"/>; a final line without terminator is included when not empty.</summary>
    public static IEnumerable<ByteLine> ReadLines(Stream stream, long maxLineBytes)
    {
        var chunk = new byte[ChunkSize];
        var line = new byte[1024];
        var count = 0;
        long length = 0;
        var number = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var pos = 0;
            while (pos < read)
            {
                var nl = Array.IndexOf(chunk, (byte)'\n', pos, read - pos);
                var end = nl < 0 ? read : nl;
                var take = end - pos;
                length += take;
                if (length <= maxLineBytes)
                {
                    if (count + take > line.Length)
                    {
                        Array.Resize(ref line, Math.Max(line.Length * 2, count + take));
                    }

                    Array.Copy(chunk, pos, line, count, take);
                    count += take;
                }

                if (nl < 0)
                {
                    break;
                }

                number++;
                yield return Finish(number, line, count, length, maxLineBytes);
                count = 0;
                length = 0;
                pos = nl + 1;
            }
        }

        if (length > 0)
        {
            yield return Finish(number + 1, line, count, length, maxLineBytes);
        }
    }

    private static ByteLine Finish(int number, byte[] line, int count, long length, long max)
    {
        if (length > max)
        {
            return new ByteLine(number, null, length);
        }

        if (count > 0 && line[count - 1] == (byte)'\r')
        {
            count--;
            length--;
        }

        return new ByteLine(number, line[..count], length);
    }
}
