using System.Text;
using Sitrep.Core.Diagnostics;

namespace Sitrep.Text.Ingest;

/// <summary>Turns input bytes into text, strictly: binary, invalid UTF-8, empty and oversized inputs are failures.</summary>
internal static class TextDecoder
{
    /// <summary>ASCII white space bytes.</summary>
    public static readonly System.Buffers.SearchValues<byte> Blank = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (a leading BOM is dropped).</summary>
    /// <returns>True and the text, or false with the failure code and reason.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, ReaderOptions options, out string text, out DiagnosticCode code, out string reason)
    {
        text = string.Empty;
        code = default;
        reason = string.Empty;
        if (bytes.Length > options.MaxBytes)
        {
            (code, reason) = TooLarge(bytes.Length, options);
            return false;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes, options, out var why))
        {
            (code, reason) = (DiagnosticCode.BinaryInput, why);
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var at = FirstInvalidByte(bytes);
            (code, reason) = (DiagnosticCode.NotUtf8, $"not valid UTF-8: byte 0x{bytes[at]:X2} at offset {at}; convert the file to UTF-8");
            return false;
        }

        text = Strict.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            (code, reason) = (DiagnosticCode.EmptyInput, bytes.Length == 0 ? "empty: 0 bytes" : "empty: only white space");
            return false;
        }

        return true;
    }

    /// <summary>The failure for an input of <paramref name="length"/> bytes over the limit.</summary>
    public static (DiagnosticCode Code, string Reason) TooLarge(long length, ReaderOptions options) =>
        (DiagnosticCode.TooLarge, $"too large: {length:N0} bytes, limit {options.MaxBytes:N0}");

    /// <summary>True when the bytes hold a NUL or too many control bytes to be text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, ReaderOptions options, out string reason)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            reason = $"binary: NUL byte at offset {nul}";
            return true;
        }

        var head = bytes[..Math.Min(bytes.Length, ReaderOptions.SniffBytes)];
        var control = 0;
        foreach (var b in head)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F)
            {
                control++;
            }
        }

        if (head.Length > 0 && control > head.Length * options.BinaryControlRatio)
        {
            reason = $"binary: {control} control bytes in the first {head.Length}";
            return true;
        }

        reason = string.Empty;
        return false;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (valid < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return valid;
            }

            valid += consumed;
        }

        return 0;
    }
}
