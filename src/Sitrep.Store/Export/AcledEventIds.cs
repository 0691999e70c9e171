using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Store.Export;

/// <summary>
/// ACLED-style <c>event_id_cnty</c> values (issue 8 point 7): the event country's ISO alpha-3 letters (<c>XXX</c>, the
/// ISO 3166 code for "unspecified", when the event has no country), then a 15-digit number standing for the document,
/// then the event's 1-based position among the document's events, at least 3 digits (<c>LBY000123456789012001</c>).
/// The document number is the first 48 bits of the SHA-256 of its id (UTF-8): the same document and event get the same
/// id in every export, whatever else the store holds, and the GDELT row of the same event has the same position
/// (<c>GlobalEventID</c> <c>id#1</c>). The fixed width keeps ids unique across documents; should two ids' hashes ever
/// collide (about one chance in 50,000 for 100,000 documents), the document exported later (exports go in id
/// order) takes the next free number, so one file never repeats an id. One instance per export; not thread-safe.
/// </summary>
internal sealed class AcledEventIds
{
    /// <summary>The digits of the document number.</summary>
    public const int DocumentDigits = 15;

    /// <summary>The letters of an event with no country.</summary>
    public const string NoCountry = "XXX";

    private const long Modulus = 1L << 48; // < 10^15: always fits the 15 digits

    private readonly Dictionary<long, string> _owners = [];
    private readonly Dictionary<string, long> _numbers = new(StringComparer.Ordinal);
    private readonly Func<string, long> _hash;

    /// <summary>Creates the ids of one export.</summary>
    public AcledEventIds()
        : this(Hash)
    {
    }

    /// <summary>Creates the ids of one export with another document hash (tests force collisions with it).</summary>
    internal AcledEventIds(Func<string, long> hash) => _hash = hash;

    /// <summary>The id of event <paramref name="eventIndex"/> (0-based, in <c>Document.Events</c>) of document <paramref name="documentId"/>.</summary>
    public string Of(string? iso3, string documentId, int eventIndex)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentOutOfRangeException.ThrowIfNegative(eventIndex);
        var number = NumberOf(documentId).ToString("D" + DocumentDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (iso3 ?? NoCountry) + number + (eventIndex + 1).ToString("D3", CultureInfo.InvariantCulture);
    }

    /// <summary>The number of a document before any collision is resolved: the first 48 bits of SHA-256 of its id.</summary>
    public static long Hash(string documentId)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(documentId), digest);
        long n = 0;
        for (var i = 0; i < 6; i++)
        {
            n = (n << 8) | digest[i];
        }

        return n;
    }

    private long NumberOf(string documentId)
    {
        if (_numbers.TryGetValue(documentId, out var known))
        {
            return known;
        }

        var n = _hash(documentId) % Modulus;
        while (_owners.ContainsKey(n))
        {
            n = (n + 1) % Modulus;
        }

        _owners[n] = documentId;
        _numbers[documentId] = n;
        return n;
    }
}
