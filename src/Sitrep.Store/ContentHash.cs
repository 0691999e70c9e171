using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Store;

/// <summary>The content hash that makes ingest idempotent: SHA-256 of the text's UTF-8 bytes, lower-case hex.</summary>
public static class ContentHash
{
    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
